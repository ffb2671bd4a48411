using System.Collections.Generic;
using System.Globalization;
using LambdaGen.Generators.Application;
using LambdaGen.Generators.Common;

namespace LambdaGen.Generators.Functions;

/// <summary>
/// The application descriptor (function names, the <c>_HANDLER</c> switch, service registration) and, for
/// executables, the generated <c>Main</c>.
/// </summary>
internal static class ProgramEmitter
{
    public sealed record Entry(string Name, string Factory);

    public static string Emit(IReadOnlyList<Entry> entries, EquatableArray<StartupModel> startups, IReadOnlyList<string> serviceTypes, bool needsServices, BuildOptionsModel options, bool hostOnAws = false)
    {
        var writer = SourceWriter.CreateFile();
        writer.Open("namespace LambdaGen.Generated");
        writer.Line("/// <summary>Every Lambda function of this assembly, selected by <c>_HANDLER</c>.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"LambdaGen\", \"0.1.0\")]");
        writer.Open("internal static partial class LambdaGenFunctions");

        writer.Line("/// <summary>The function names, sorted.</summary>");
        writer.Line("internal static readonly string[] Names = new string[]");
        writer.Line("{");
        writer.Indent++;
        foreach (var entry in entries)
        {
            writer.Line(SourceWriter.Literal(entry.Name) + ",");
        }

        writer.Indent--;
        writer.Line("};");
        writer.Line();

        writer.Line("/// <summary>What the host needs to run any of the functions.</summary>");
        writer.Line($"internal static readonly global::LambdaGen.Hosting.LambdaApplicationDescriptor Application = new(Names, Resolve{(needsServices ? ", ConfigureServices" : "")});");
        writer.Line();
        writer.Line($"private static {FunctionEmitter.Handler}? Resolve(string name, {FunctionEmitter.Host} host) => name switch");
        writer.Line("{");
        writer.Indent++;
        foreach (var entry in entries)
        {
            writer.Line($"{SourceWriter.Literal(entry.Name)} => {entry.Factory}(host),");
        }

        writer.Line("_ => null,");
        writer.Indent--;
        writer.Line("};");

        if (needsServices)
        {
            writer.Line();
            writer.Open("private static void ConfigureServices(global::Microsoft.Extensions.DependencyInjection.IServiceCollection services)");
            foreach (var startup in startups)
            {
                writer.Line(startup.StaticConfigure
                    ? $"{startup.Type}.ConfigureServices(services);"
                    : $"new {startup.Type}().ConfigureServices(services);");
            }

            // Function classes are singletons created during init; a registration of the user's own wins.
            foreach (var type in serviceTypes)
            {
                writer.Line($"global::Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton<{type}>(services);");
            }

            writer.Close();
        }

        writer.Close();

        if (options.IsExecutable && options.GenerateMain && hostOnAws)
        {
            writer.Line();
            Interop.AwsInterop.WriteAwsMain(writer, options.CancellationMarginMs);
        }
        else if (options.IsExecutable && options.GenerateMain)
        {
            writer.Line();
            writer.Line("/// <summary>The process entry point: runs the function named by <c>_HANDLER</c>.</summary>");
            writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"LambdaGen\", \"0.1.0\")]");
            writer.Open("internal static class LambdaGenProgram");
            var margin = options.CancellationMarginMs.ToString(CultureInfo.InvariantCulture);
            writer.Line($"private static int Main() => {FunctionEmitter.Host}.Run(LambdaGenFunctions.Application, global::System.TimeSpan.FromMilliseconds({margin}));");
            writer.Close();
        }

        writer.Close();
        return writer.ToString();
    }
}
