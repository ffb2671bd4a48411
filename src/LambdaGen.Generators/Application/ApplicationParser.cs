using System.Threading;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Functions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Generators.Application;

/// <summary>Reads the assembly-level and build-level settings into small equatable models.</summary>
internal static class ApplicationParser
{
    public static ApplicationModel ParseApplication(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!SymbolNames.Is(attribute.AttributeClass, WellKnownNames.Namespace, "LambdaApplicationAttribute"))
            {
                continue;
            }

            var name = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string n && n.Length > 0
                ? n
                : compilation.AssemblyName ?? "app";
            return new ApplicationModel(
                name,
                FunctionSignature.NamedInt(attribute, "DefaultMemorySize"),
                FunctionSignature.NamedInt(attribute, "DefaultTimeout"),
                FunctionSignature.NamedString(attribute, "DefaultArchitecture"),
                FunctionSignature.NamedInt(attribute, "HttpApiTimeout"),
                FunctionSignature.NamedInt(attribute, "HttpApiMemorySize"),
                FunctionSignature.NamedString(attribute, "CorsOrigins"),
                FunctionSignature.NamedString(attribute, "JsonNaming"),
                FunctionSignature.NamedBool(attribute, "EnumsAsStrings") ?? true);
        }

        return new ApplicationModel(compilation.AssemblyName ?? "app", 0, 0, null, 0, 0, null, null, true);
    }

    public static StartupModel? ParseStartup(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || type.IsGenericType || type.IsAbstract && !type.IsStatic)
        {
            return null;
        }

        foreach (var member in type.GetMembers("ConfigureServices"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is IMethodSymbol { Parameters.Length: 1, DeclaredAccessibility: Accessibility.Public or Accessibility.Internal } method
                && SymbolNames.Is(method.Parameters[0].Type, "Microsoft.Extensions.DependencyInjection", "IServiceCollection"))
            {
                if (!method.IsStatic && (type.IsStatic || !HasParameterlessConstructor(type)))
                {
                    return null;
                }

                return new StartupModel(TypeRef.From(type), method.IsStatic);
            }
        }

        return null;
    }

    public static BuildOptionsModel ParseBuildOptions(AnalyzerConfigOptionsProvider provider)
    {
        var options = provider.GlobalOptions;
        options.TryGetValue("build_property.OutputType", out var outputType);
        options.TryGetValue("build_property.LambdaGenGenerateMain", out var generateMain);
        options.TryGetValue("build_property.LambdaGenCancellationMarginMs", out var margin);
        options.TryGetValue("build_property.AssemblyName", out var assemblyName);
        var isExe = string.Equals(outputType, "Exe", System.StringComparison.OrdinalIgnoreCase);
        return new BuildOptionsModel(
            isExe,
            !string.Equals(generateMain, "false", System.StringComparison.OrdinalIgnoreCase),
            int.TryParse(margin, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms >= 0 ? ms : 500,
            string.IsNullOrEmpty(assemblyName) ? null : assemblyName);
    }

    private static bool HasParameterlessConstructor(INamedTypeSymbol type)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.Parameters.Length == 0 && constructor.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal)
            {
                return true;
            }
        }

        return false;
    }
}
