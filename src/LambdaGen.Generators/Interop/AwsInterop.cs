using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Functions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Generators.Interop;

/// <summary>One member of an AWS interface the generated adapters implement, as the referenced package declares it.</summary>
internal sealed record AwsMember(string Name, bool IsProperty, string Type, EquatableArray<string> ParameterTypes);

/// <summary>
/// What the compilation references of AWS's own packages, found by metadata name. The interface members are read
/// from the referenced Amazon.Lambda.Core, so the adapters implement exactly the version the project uses.
/// </summary>
internal sealed record AwsTypesModel(
    bool HasCore,
    bool HasRuntimeSupport,
    EquatableArray<AwsMember> ContextMembers,
    EquatableArray<AwsMember> LoggerMembers)
{
    public static readonly AwsTypesModel None = new(false, false, EquatableArray<AwsMember>.Empty, EquatableArray<AwsMember>.Empty);
}

/// <summary>The <c>LambdaGenRuntime</c> build property: which runtime client the generated Main hosts on.</summary>
internal enum LambdaRuntimeKind
{
    LambdaGen,
    Aws,
    Unknown,
}

/// <summary>
/// The seam to AWS's packages (Amazon.Lambda.Core, Amazon.Lambda.RuntimeSupport). LambdaGen's runtime never
/// references them; instead, when a project does, the generator emits code against them:
/// an adapter from LambdaGen's context to <c>Amazon.Lambda.Core.ILambdaContext</c>, entry points that use a
/// <c>[LambdaSerializer]</c> the user chose, and a <c>Main</c> hosted on <c>LambdaBootstrapBuilder</c>.
/// </summary>
internal static class AwsInterop
{
    public const string CoreNamespace = "Amazon.Lambda.Core";
    public const string ILambdaContext = "Amazon.Lambda.Core.ILambdaContext";
    public const string ILambdaLogger = "Amazon.Lambda.Core.ILambdaLogger";
    public const string LambdaSerializerAttribute = "LambdaSerializerAttribute";
    public const string LambdaBootstrapBuilder = "Amazon.Lambda.RuntimeSupport.LambdaBootstrapBuilder";
    public const string RuntimeProperty = "build_property.LambdaGenRuntime";

    public const string ContextAdapter = "global::LambdaGen.Generated.AwsLambdaContext";
    public const string LoggerAdapter = "global::LambdaGen.Generated.AwsLambdaLogger";

    public static bool IsAwsContext(ITypeSymbol type) => SymbolNames.Is(type, CoreNamespace, "ILambdaContext");

    public static LambdaRuntimeKind ParseRuntime(AnalyzerConfigOptions options)
    {
        if (!options.TryGetValue(RuntimeProperty, out var value) || string.IsNullOrWhiteSpace(value) || string.Equals(value.Trim(), "LambdaGen", StringComparison.OrdinalIgnoreCase))
        {
            return LambdaRuntimeKind.LambdaGen;
        }

        return string.Equals(value.Trim(), "Aws", StringComparison.OrdinalIgnoreCase) ? LambdaRuntimeKind.Aws : LambdaRuntimeKind.Unknown;
    }

    public static AwsTypesModel ParseTypes(Compilation compilation, CancellationToken cancellationToken)
    {
        var context = compilation.GetTypeByMetadataName(ILambdaContext);
        var runtimeSupport = compilation.GetTypeByMetadataName(LambdaBootstrapBuilder) is not null;
        if (context is null)
        {
            return runtimeSupport ? AwsTypesModel.None with { HasRuntimeSupport = true } : AwsTypesModel.None;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var logger = compilation.GetTypeByMetadataName(ILambdaLogger);
        return new AwsTypesModel(true, runtimeSupport, Members(context), logger is null ? EquatableArray<AwsMember>.Empty : Members(logger));
    }

    /// <summary>
    /// Abstract members (they must be implemented) plus the level-taking <c>Log</c> overloads that newer versions
    /// declare with default bodies (implemented so that levels reach LambdaGen's log format).
    /// </summary>
    private static EquatableArray<AwsMember> Members(INamedTypeSymbol type)
    {
        var members = new List<AwsMember>();
        foreach (var member in type.GetMembers())
        {
            if (member.IsStatic)
            {
                continue;
            }

            if (member is IPropertySymbol { GetMethod: not null, SetMethod: null, Parameters.Length: 0 } property && property.IsAbstract)
            {
                members.Add(new AwsMember(property.Name, true, TypeRef.From(property.Type).FullyQualifiedName, EquatableArray<string>.Empty));
            }
            else if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsGenericMethod: false } method
                     && (method.IsAbstract || IsLevelLog(method))
                     && AllByValue(method))
            {
                var parameters = new string[method.Parameters.Length];
                for (var i = 0; i < parameters.Length; i++)
                {
                    parameters[i] = TypeRef.From(method.Parameters[i].Type).FullyQualifiedName;
                }

                members.Add(new AwsMember(method.Name, false, method.ReturnsVoid ? "void" : TypeRef.From(method.ReturnType).FullyQualifiedName, parameters.ToEquatableArray()));
            }
        }

        members.Sort(static (a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(string.Join(",", a.ParameterTypes), string.Join(",", b.ParameterTypes));
        });
        return members.ToEquatableArray();
    }

    private static bool IsLevelLog(IMethodSymbol method)
        => method.Name == "Log" && method.ReturnsVoid && method.Parameters.Length == 2
           && method.Parameters[1].Type.SpecialType == SpecialType.System_String
           && (method.Parameters[0].Type.SpecialType == SpecialType.System_String || method.Parameters[0].Type.TypeKind == TypeKind.Enum);

    private static bool AllByValue(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.None)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The serializer type of the nearest <c>[LambdaSerializer(typeof(X))]</c>: the method's, else the assembly's.</summary>
    public static TypeRef? FindSerializer(IMethodSymbol method)
    {
        return Find(method.GetAttributes()) ?? Find(method.ContainingAssembly.GetAttributes());

        static TypeRef? Find(System.Collections.Immutable.ImmutableArray<AttributeData> attributes)
        {
            foreach (var attribute in attributes)
            {
                if (SymbolNames.Is(attribute.AttributeClass, CoreNamespace, LambdaSerializerAttribute)
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } serializer)
                {
                    return TypeRef.From(serializer);
                }
            }

            return null;
        }
    }

    // ---------------------------------------------------------------- emission

    /// <summary>The adapters from LambdaGen's context and logger to Amazon.Lambda.Core's interfaces.</summary>
    public static string EmitAdapters(AwsTypesModel model)
    {
        var writer = SourceWriter.CreateFile();
        writer.Open("namespace LambdaGen.Generated");

        writer.Line("/// <summary>LambdaGen's invocation context seen through <c>Amazon.Lambda.Core.ILambdaContext</c>.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"LambdaGen\", \"0.1.0\")]");
        writer.Open("internal sealed class AwsLambdaContext : global::" + ILambdaContext);
        writer.Line("private readonly global::LambdaGen.ILambdaContext _context;");
        writer.Line("private readonly AwsLambdaLogger _logger;");
        writer.Line();
        writer.Line("/// <summary>Wraps <paramref name=\"context\"/>.</summary>");
        writer.Open("public AwsLambdaContext(global::LambdaGen.ILambdaContext context)");
        writer.Line("_context = context;");
        writer.Line("_logger = new AwsLambdaLogger(context.Logger);");
        writer.Close();
        foreach (var member in model.ContextMembers)
        {
            writer.Line();
            WriteMember(writer, ILambdaContext, member, ContextExpression(member));
        }

        writer.Close();
        writer.Line();

        writer.Line("/// <summary>LambdaGen's logger seen through <c>Amazon.Lambda.Core.ILambdaLogger</c>: lines carry the request id and level.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"LambdaGen\", \"0.1.0\")]");
        writer.Open("internal sealed class AwsLambdaLogger : global::" + ILambdaLogger);
        writer.Line("private readonly global::LambdaGen.ILambdaLogger _logger;");
        writer.Line();
        writer.Line("/// <summary>Wraps <paramref name=\"logger\"/>.</summary>");
        writer.Line("public AwsLambdaLogger(global::LambdaGen.ILambdaLogger logger) => _logger = logger;");
        foreach (var member in model.LoggerMembers)
        {
            writer.Line();
            WriteMember(writer, ILambdaLogger, member, LoggerExpression(member));
        }

        writer.Line();
        writer.Open("private static global::LambdaGen.LambdaLogLevel Level(string? level) => level switch");
        writer.Line("\"Trace\" or \"TRACE\" => global::LambdaGen.LambdaLogLevel.Trace,");
        writer.Line("\"Debug\" or \"DEBUG\" => global::LambdaGen.LambdaLogLevel.Debug,");
        writer.Line("\"Warning\" or \"WARN\" or \"WARNING\" => global::LambdaGen.LambdaLogLevel.Warning,");
        writer.Line("\"Error\" or \"ERROR\" => global::LambdaGen.LambdaLogLevel.Error,");
        writer.Line("\"Critical\" or \"CRITICAL\" or \"FATAL\" => global::LambdaGen.LambdaLogLevel.Critical,");
        writer.Line("_ => global::LambdaGen.LambdaLogLevel.Information,");
        writer.Close(";");
        writer.Close();

        writer.Close();
        return writer.ToString();
    }

    private static void WriteMember(SourceWriter writer, string interfaceName, AwsMember member, string? expression)
    {
        var body = expression ?? $"throw new global::System.NotSupportedException(\"LambdaGen does not provide {interfaceName}.{member.Name}.\")";
        if (member.IsProperty)
        {
            writer.Line($"{member.Type} global::{interfaceName}.{member.Name} => {body};");
            return;
        }

        var parameters = new string[member.ParameterTypes.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = member.ParameterTypes[i] + " p" + i.ToString(CultureInfo.InvariantCulture);
        }

        writer.Line($"{member.Type} global::{interfaceName}.{member.Name}({string.Join(", ", parameters)}) => {body};");
    }

    private static string? ContextExpression(AwsMember member) => (member.Name, member.Type) switch
    {
        ("AwsRequestId" or "FunctionName" or "FunctionVersion" or "InvokedFunctionArn" or "LogGroupName" or "LogStreamName", "string" or "string?") => "_context." + member.Name,
        ("MemoryLimitInMB", "int") => "_context.MemoryLimitInMB",
        ("RemainingTime", "global::System.TimeSpan") => "_context.RemainingTime",
        ("TraceId", "string" or "string?") => "_context.TraceId ?? string.Empty",
        ("Logger", "global::" + ILambdaLogger or "global::" + ILambdaLogger + "?") => "_logger",
        // Mobile-SDK client context, Cognito identity, tenant id: not parsed into AWS's types; null as on most invocations.
        (_, _) when member.IsProperty && !IsValueType(member.Type) => "default!",
        _ => null,
    };

    private static string? LoggerExpression(AwsMember member)
    {
        if (member.Name is "Log" or "LogLine" && member.ParameterTypes.Count == 1 && member.ParameterTypes[0] is "string" or "string?" && member.Type == "void")
        {
            return "_logger.Log(global::LambdaGen.LambdaLogLevel.Information, p0)";
        }

        if (member.Name == "Log" && member.ParameterTypes.Count == 2 && member.Type == "void")
        {
            return member.ParameterTypes[0] is "string" or "string?"
                ? "_logger.Log(Level(p0), p1)"
                : "_logger.Log(Level(p0.ToString()), p1)";
        }

        return null;
    }

    private static bool IsValueType(string type) => type is "int" or "long" or "bool" or "double" or "global::System.TimeSpan" or "global::System.DateTime" or "global::System.DateTimeOffset";

    /// <summary>The argument expression for a parameter of type <c>Amazon.Lambda.Core.ILambdaContext</c>.</summary>
    public const string ContextArgument = "new " + ContextAdapter + "(i.Context)";

    /// <summary>The same for an HTTP handler (the route table's request context <c>c</c>).</summary>
    public const string HttpContextArgument = "new " + ContextAdapter + "(c.Context)";

    /// <summary>
    /// The entry point of a function whose event and result go through the user's <c>[LambdaSerializer]</c>,
    /// created once in the factory (init).
    /// </summary>
    public static void WriteSerializerDeclaration(SourceWriter writer, TypeRef serializer)
        => writer.Line($"var serializer = new {serializer}();");

    public static string EventArgument(TypeRef eventType) => $"serializer.Deserialize<{eventType}>(i.EventStream)";

    /// <summary>The result writer is bound once at init (a method group per invocation would allocate a delegate each time).</summary>
    public static string[]? ReturnStatements(ReturnShape shape, TypeRef result, string call) => shape switch
    {
        ReturnShape.Value or ReturnShape.TaskOfValue or ReturnShape.ValueTaskOfValue => new[]
        {
            $"global::System.Action<{result}, global::System.IO.Stream> write = serializer.Serialize<{result}>;",
            $"return i => i.Return({call}, write);",
        },
        _ => null,
    };

    /// <summary>
    /// <c>Main</c> hosted on Amazon.Lambda.RuntimeSupport: a stream handler that runs the same generated entry
    /// points through <c>LambdaFunctionRunner</c>; init (services, the function named by <c>_HANDLER</c>) runs in
    /// the bootstrap's init callback so that AWS's client reports init failures.
    /// </summary>
    public static void WriteAwsMain(SourceWriter writer, int cancellationMarginMs)
    {
        var margin = cancellationMarginMs.ToString(CultureInfo.InvariantCulture);
        writer.Line("/// <summary>The process entry point: Amazon.Lambda.RuntimeSupport runs the function named by <c>_HANDLER</c> (LambdaGenRuntime=Aws).</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"LambdaGen\", \"0.1.0\")]");
        writer.Open("internal static class LambdaGenProgram");
        writer.Line("private static global::LambdaGen.Hosting.LambdaFunctionRunner? s_runner;");
        writer.Line();
        writer.Line("private static int Main() => RunAsync().GetAwaiter().GetResult();");
        writer.Line();
        writer.Open("private static async global::System.Threading.Tasks.Task<int> RunAsync()");
        writer.Line("global::System.Func<global::System.IO.Stream, global::Amazon.Lambda.Core.ILambdaContext, global::System.Threading.Tasks.Task<global::System.IO.Stream>> handler = Invoke;");
        writer.Line("using var bootstrap = global::Amazon.Lambda.RuntimeSupport.LambdaBootstrapBuilder.Create(handler).UseBootstrapHandler(Init).Build();");
        writer.Line("await bootstrap.RunAsync().ConfigureAwait(false);");
        writer.Line("return 0;");
        writer.Close();
        writer.Line();
        writer.Open("private static global::System.Threading.Tasks.Task<bool> Init()");
        writer.Line($"s_runner = global::LambdaGen.Hosting.LambdaFunctionRunner.Create(LambdaGenFunctions.Application, global::LambdaGen.Runtime.LambdaEnvironment.FromProcess(), global::System.TimeSpan.FromMilliseconds({margin}));");
        writer.Line("return global::System.Threading.Tasks.Task.FromResult(true);");
        writer.Close();
        writer.Line();
        writer.Line("private static global::System.Threading.Tasks.Task<global::System.IO.Stream> Invoke(global::System.IO.Stream input, global::Amazon.Lambda.Core.ILambdaContext context)");
        writer.Line("    => (s_runner ?? throw new global::System.InvalidOperationException(\"LambdaGen: the bootstrap invoked the handler before init.\"))");
        writer.Line("        .InvokeAsync(input, context.AwsRequestId, context.RemainingTime, context.InvokedFunctionArn, global::System.Environment.GetEnvironmentVariable(\"_X_AMZN_TRACE_ID\"));");
        writer.Close();
    }
}
