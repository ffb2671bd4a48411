using System.Collections.Generic;
using System.Linq;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Functions;

namespace LambdaGen.Generators.Http;

/// <summary>
/// Emits one function per route group: a factory that creates the targets and JSON metadata once, then returns
/// the handler of a <c>LambdaGen.Http.HttpApplication</c> whose table lists each route with a one-line binder.
/// </summary>
internal static class HttpEmitter
{
    // An alias keeps every binding call short; the route table is the bulk of the emitted code.
    private const string Source = "__Source";

    public static string Emit(string functionName, string factoryName, IReadOnlyList<HttpEndpointModel> endpoints, string? corsOrigins)
    {
        var writer = SourceWriter.CreateFile();
        writer.Open("namespace LambdaGen.Generated");
        writer.Line($"using {Source} = global::LambdaGen.Http.HttpSource;");
        writer.Line();
        writer.Line("partial class LambdaGenFunctions");
        writer.Line("{");
        writer.Indent++;
        writer.Line($"/// <summary>Route table of the HTTP function <c>{functionName}</c>.</summary>");
        writer.Open($"internal static {FunctionEmitter.Handler} {factoryName}({FunctionEmitter.Host} host)");

        var targets = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var endpoint in endpoints.Where(static e => !e.IsStatic))
        {
            var type = endpoint.ContainingType.FullyQualifiedName;
            if (!targets.ContainsKey(type))
            {
                var name = "t" + targets.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                targets.Add(type, name);
                writer.Line(endpoint.ConstructFromServices ? $"var {name} = host.GetRequiredService<{type}>();" : $"var {name} = new {type}();");
            }
        }

        var json = new Dictionary<string, string>(System.StringComparer.Ordinal);
        string Json(TypeRef type)
        {
            if (!json.TryGetValue(type.FullyQualifiedName, out var name))
            {
                name = "j" + json.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                json.Add(type.FullyQualifiedName, name);
                writer.Line($"var {name} = {FunctionEmitter.Json}.Get<{type}>();");
            }

            return name;
        }

        var lines = new List<string>();
        var shared = 0;
        foreach (var endpoint in endpoints)
        {
            var handler = Handler(endpoint, endpoint.IsStatic ? endpoint.ContainingType.FullyQualifiedName : targets[endpoint.ContainingType.FullyQualifiedName], Json);
            if (endpoint.Routes.Count > 1)
            {
                // Several routes, one method: one delegate.
                var name = "h" + (shared++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                writer.Line($"global::System.Func<global::LambdaGen.Http.HttpRequestContext, global::System.Threading.Tasks.ValueTask> {name} = {handler};");
                handler = name;
            }

            foreach (var route in endpoint.Routes)
            {
                lines.Add($"new({SourceWriter.Literal(route.Method)}, {SourceWriter.Literal(route.Template)}, {handler}),");
            }
        }

        var options = string.IsNullOrWhiteSpace(corsOrigins)
            ? ""
            : ", new global::LambdaGen.Http.HttpApplicationOptions { CorsOrigins = new string[] { " + string.Join(", ", corsOrigins!.Split(',').Select(static o => SourceWriter.Literal(o.Trim()))) + " } }";
        writer.Line("return new global::LambdaGen.Http.HttpApplication(new global::LambdaGen.Http.HttpRouteDefinition[]");
        writer.Line("{");
        writer.Indent++;
        foreach (var line in lines)
        {
            writer.Line(line);
        }

        writer.Indent--;
        writer.Line($"}}{options}).Handler;");
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static string Handler(HttpEndpointModel endpoint, string target, System.Func<TypeRef, string> json)
    {
        var arguments = endpoint.Parameters.Select(p => Argument(p, json)).ToList();
        var call = $"{target}.{endpoint.MethodName}({string.Join(", ", arguments)})";
        return endpoint.Result switch
        {
            HttpResultKind.NoContent when endpoint.ReturnsVoid => $"c => {{ {call}; return c.NoContent(); }}",
            HttpResultKind.NoContent => $"c => c.NoContent({call})",
            HttpResultKind.Json => $"c => c.Json({call}, {json(endpoint.JsonResultType!)})",
            HttpResultKind.ResultOfT => $"c => c.Result({call}, {json(endpoint.JsonResultType!)})",
            HttpResultKind.Result => $"c => c.Result({call})",
            HttpResultKind.Text => $"c => c.Text({call})",
            HttpResultKind.Bytes => $"c => c.Bytes({call})",
            _ => $"c => c.Stream({call})",
        };
    }

    private static string Argument(HttpParameterModel parameter, System.Func<TypeRef, string> json)
    {
        var source = parameter.Binding switch
        {
            HttpBinding.Route => Source + ".Route",
            HttpBinding.Query => Source + ".Query",
            _ => Source + ".Header",
        };
        var name = SourceWriter.Literal(parameter.Name);
        var fallback = parameter.DefaultLiteral is null ? "" : " ?? " + parameter.DefaultLiteral;
        return parameter.Binding switch
        {
            HttpBinding.Service => $"c.Service<{parameter.Type}>()",
            HttpBinding.Context => "c.Context",
            HttpBinding.AwsContext => Interop.AwsInterop.HttpContextArgument,
            HttpBinding.CancellationToken => "c.CancellationToken",
            HttpBinding.Request => "c.Request",
            HttpBinding.RequestContext => "c",
            HttpBinding.Cookies => "c.Cookies",
            HttpBinding.Body => parameter.Optional
                ? $"c.Body({json(parameter.Type)}, {name}, false)"
                : $"c.Body({json(parameter.Type)}, {name}, true)!",
            _ => parameter.Kind switch
            {
                HttpValueKind.String => parameter.Optional ? $"c.OptionalString({source}, {name}){fallback}" : $"c.RequiredString({source}, {name})",
                HttpValueKind.Parsable => parameter.Optional ? $"c.Optional<{parameter.ValueType}>({source}, {name}){fallback}" : $"c.Required<{parameter.ValueType}>({source}, {name})",
                HttpValueKind.Enum => parameter.Optional ? $"c.OptionalEnum<{parameter.ValueType}>({source}, {name}){fallback}" : $"c.RequiredEnum<{parameter.ValueType}>({source}, {name})",
                HttpValueKind.StringArray => $"c.StringArray({source}, {name})",
                _ => $"c.Array<{parameter.ValueType}>({source}, {name})",
            },
        };
    }
}
