using System.Collections.Generic;
using System.Text;
using LambdaGen.Generators.Common;

namespace LambdaGen.Generators.Functions;

/// <summary>
/// <see cref="FunctionModel"/> -> its entry point: a factory that runs once during init (resolving the target and
/// the JSON metadata) and returns the per-invocation delegate. Everything shared lives in
/// <c>LambdaGen.Hosting.LambdaInvocation</c>, so the emitted part stays a few lines per function.
/// </summary>
internal static class FunctionEmitter
{
    public const string Invocation = "global::LambdaGen.Hosting.LambdaInvocation";
    public const string Host = "global::LambdaGen.Hosting.LambdaHost";
    public const string Handler = "global::LambdaGen.Hosting.LambdaHandler";
    /// <summary>The generated JSON class, from code inside <c>namespace LambdaGen.Generated</c>.</summary>
    public const string Json = "LambdaGenJson";

    public const string HintName = "LambdaGenEntryPoints.g.cs";

    public static string FactoryName(string functionName)
    {
        var builder = new StringBuilder("Create_", functionName.Length + 7);
        foreach (var c in functionName)
        {
            builder.Append(c == '-' ? '_' : c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Every plain and triggered function's factory in one file: the functions reach the emitter as one collected list
    /// anyway, and one file saves the per-file boilerplate (a quarter of the bytes of a small entry point; issue 10).
    /// </summary>
    public static string Emit(IEnumerable<FunctionModel> functions)
    {
        var writer = SourceWriter.CreateFile();
        writer.Open("namespace LambdaGen.Generated");
        writer.Line("using Handler = " + Handler + ";");
        writer.Line("using Host = " + Host + ";");
        writer.Line();
        writer.Line("partial class LambdaGenFunctions");
        writer.Line("{");
        writer.Indent++;
        var first = true;
        foreach (var function in functions)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            writer.Open($"internal static Handler {FactoryName(function.Name)}(Host host)");
            WriteBody(writer, function);
            writer.Close();
        }

        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void WriteBody(SourceWriter writer, FunctionModel function)
    {
        if (function.Trigger is { } trigger)
        {
            WriteTriggerBody(writer, function, trigger);
            return;
        }

        string target;
        if (function.IsStatic)
        {
            target = function.ContainingType.FullyQualifiedName;
        }
        else
        {
            writer.Line(function.ConstructFromServices
                ? $"var target = host.GetRequiredService<{function.ContainingType}>();"
                : $"var target = new {function.ContainingType}();");
            target = "target";
        }

        if (function.AwsSerializer is { } serializer)
        {
            Interop.AwsInterop.WriteSerializerDeclaration(writer, serializer);
        }

        var arguments = new List<string>(function.Parameters.Count);
        foreach (var parameter in function.Parameters)
        {
            switch (parameter.Source)
            {
                case ParameterSource.Event when function.AwsSerializer is not null:
                    arguments.Add(Interop.AwsInterop.EventArgument(parameter.Type));
                    break;
                case ParameterSource.Event:
                    writer.Line($"var @event = {Json}.Get<{parameter.Type}>();");
                    arguments.Add("i.ReadEvent(@event)");
                    break;
                case ParameterSource.EventStream:
                    arguments.Add("i.EventStream");
                    break;
                case ParameterSource.Context:
                    arguments.Add("i.Context");
                    break;
                case ParameterSource.AwsContext:
                    arguments.Add(Interop.AwsInterop.ContextArgument);
                    break;
                case ParameterSource.CancellationToken:
                    arguments.Add("i.CancellationToken");
                    break;
                case ParameterSource.Service:
                    arguments.Add($"i.GetService<{parameter.Type}>()");
                    break;
            }
        }

        var call = $"{target}.{function.MethodName}({string.Join(", ", arguments)})";
        if (function.AwsSerializer is not null && function.ResultType is { } serialized && Interop.AwsInterop.ReturnStatements(function.Return, serialized, call) is { } statements)
        {
            foreach (var statement in statements)
            {
                writer.Line(statement);
            }

            return;
        }

        if (function.ResultType is { } result)
        {
            writer.Line($"var result = {Json}.Get<{result}>();");
        }

        writer.Line(function.Return switch
        {
            ReturnShape.Void => $"return i => {{ {call}; return default; }};",
            ReturnShape.Task => $"return i => {Invocation}.Return({call});",
            ReturnShape.ValueTask => $"return i => {call};",
            ReturnShape.Stream => $"return i => i.ReturnStream({call});",
            ReturnShape.TaskOfStream => $"return i => i.Return({call});",
            _ => $"return i => i.Return({call}, result);",
        });
    }

    /// <summary>
    /// A triggered function: the runtime helper reads the event, loops or batches, collects failures and writes the
    /// response; the emitted delegate only adapts the user's signature to <c>(payload, invocation) =&gt; ValueTask</c>.
    /// </summary>
    private static void WriteTriggerBody(SourceWriter writer, FunctionModel function, TriggerInvocation trigger)
    {
        var target = function.ContainingType.FullyQualifiedName;
        var lambda = "static ";
        if (!function.IsStatic)
        {
            writer.Line(function.ConstructFromServices
                ? $"var target = host.GetRequiredService<{function.ContainingType}>();"
                : $"var target = new {function.ContainingType}();");
            target = "target";
            lambda = "";
        }

        var arguments = new List<string>(function.Parameters.Count);
        foreach (var parameter in function.Parameters)
        {
            arguments.Add(parameter.Source switch
            {
                ParameterSource.Event or ParameterSource.EventStream => "e",
                ParameterSource.Context => "inv.Context",
                ParameterSource.AwsContext => "new global::LambdaGen.Generated.AwsLambdaContext(inv.Context)",
                ParameterSource.CancellationToken => "inv.CancellationToken",
                _ => $"inv.GetService<{parameter.Type}>()",
            });
        }

        var call = $"{target}.{function.MethodName}({string.Join(", ", arguments)})";
        var awaitable = function.Return is ReturnShape.Task or ReturnShape.TaskOfValue or ReturnShape.ValueTask or ReturnShape.ValueTaskOfValue;
        var returnsValue = function.Return is ReturnShape.Value or ReturnShape.TaskOfValue or ReturnShape.ValueTaskOfValue;
        string body;
        if (trigger.ResponseType is { } response)
        {
            // Batch helpers take ValueTask<Response?>: a returned response is passed on, anything else means "no failures".
            var passes = returnsValue && function.ResultType?.FullyQualifiedName.TrimEnd('?') == response;
            body = (awaitable, passes) switch
            {
                (true, true) => $"async {Parameters(trigger)} => await {call}",
                (true, false) => $"async {Parameters(trigger)} => {{ await {call}; return null; }}",
                (false, true) => $"{Parameters(trigger)} => new global::System.Threading.Tasks.ValueTask<{response}?>({call})",
                _ => $"{Parameters(trigger)} => {{ {call}; return new global::System.Threading.Tasks.ValueTask<{response}?>(({response}?)null); }}",
            };
        }
        else
        {
            body = function.Return switch
            {
                ReturnShape.ValueTask => $"{Parameters(trigger)} => {call}",
                ReturnShape.Task or ReturnShape.TaskOfValue => $"{Parameters(trigger)} => new global::System.Threading.Tasks.ValueTask({call})",
                ReturnShape.ValueTaskOfValue => $"async {Parameters(trigger)} => await {call}",
                _ => $"{Parameters(trigger)} => {{ {call}; return default; }}",
            };
        }

        var typeInfo = "";
        if (trigger.TypeArgument is { } typeArgument)
        {
            writer.Line($"var payload = {Json}.Get<{typeArgument}>();");
            typeInfo = ", payload";
        }

        writer.Line($"return i => {trigger.HelperType}.{trigger.Method}(i{typeInfo}, {lambda}{body});");
    }

    private static string Parameters(TriggerInvocation trigger) => trigger.TakesPayload ? "(e, inv)" : "inv";
}
