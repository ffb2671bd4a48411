using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace LambdaGen.Build;

/// <summary>A resource LambdaGen owns: its logical id, its properties, and which property names it owns.</summary>
internal sealed record GeneratedResource(string LogicalId, string Type, JsonObject Properties, IReadOnlyList<string> OwnedProperties, int EffectiveTimeout, bool BehindApiGateway);

/// <summary>Everything LambdaGen contributes to a template, before it is merged into the existing file.</summary>
internal sealed class RenderedTemplate
{
    /// <summary>Owned keys of <c>Globals.Function</c>, in order; a null value removes the key.</summary>
    public List<KeyValuePair<string, JsonNode?>> GlobalsFunction { get; } = new();

    /// <summary>Owned keys of <c>Globals.HttpApi</c>, in order; a null value removes the key.</summary>
    public List<KeyValuePair<string, JsonNode?>> GlobalsHttpApi { get; } = new();

    public List<GeneratedResource> Resources { get; } = new();

    public List<ManifestWarning> Warnings { get; } = new();

    public References References { get; init; } = null!;
}

/// <summary>Renders the manifest model into SAM: the Globals LambdaGen owns and one AWS::Serverless::Function per function.</summary>
internal static class SamTemplateRenderer
{
    public const string FunctionType = "AWS::Serverless::Function";

    /// <summary>SAM's default timeout, used for the API Gateway limit check when nothing is set.</summary>
    private const int SamDefaultTimeout = 3;

    /// <summary>API Gateway's integration timeout: a longer function timeout can never be used.</summary>
    public const int ApiGatewayTimeoutLimit = 30;

    /// <summary>Owned <c>Globals.Function</c> keys, in the order they are written.</summary>
    public static readonly string[] OwnedGlobalsFunction = { "Runtime", "CodeUri", "Architectures", "MemorySize", "Timeout" };

    public static readonly string[] OwnedGlobalsHttpApi = { "CorsConfiguration" };

    /// <summary>Owned properties of a function resource, in the order they are written; every other property is the user's.</summary>
    public static readonly string[] OwnedFunctionProperties =
    {
        "Handler", "Description", "Architectures", "MemorySize", "Timeout", "Role", "Policies", "Environment",
        "ReservedConcurrentExecutions", "FunctionUrlConfig", "Events",
    };

    /// <summary>The shared HTTP API function has no attribute for a description, role or policies: those stay the user's to add.</summary>
    public static readonly string[] OwnedHttpApiFunctionProperties = { "Handler", "Architectures", "MemorySize", "Timeout", "Environment", "Events" };

    /// <summary>Managed (non-AOT) executables get the assembly name as Handler; this variable tells the generated Main which function to run.</summary>
    public const string HandlerVariable = "LAMBDAGEN_HANDLER";

    public static RenderedTemplate Render(ManifestModel model, BuildFacts facts, ISet<string> parameters)
    {
        var rendered = new RenderedTemplate { References = new References(parameters) };
        var runtime = Runtime(facts, rendered.Warnings);
        var binaryArchitecture = facts.PublishAot ? AotArchitecture(facts, rendered.Warnings) : null;
        var defaultArchitecture = binaryArchitecture ?? Normalize(model.DefaultArchitecture);
        if (binaryArchitecture is not null && Normalize(model.DefaultArchitecture) is { } declared && declared != binaryArchitecture)
        {
            rendered.Warnings.Add(new ManifestWarning(ManifestWarnings.ArchitectureMismatch,
                $"DefaultArchitecture '{declared}' differs from the native binary's architecture '{binaryArchitecture}' (RuntimeIdentifier '{facts.RuntimeIdentifier}'); the template uses '{binaryArchitecture}'. Set a matching RuntimeIdentifier."));
        }

        rendered.GlobalsFunction.Add(Pair("Runtime", runtime));
        rendered.GlobalsFunction.Add(Pair("CodeUri", facts.CodeUri));
        rendered.GlobalsFunction.Add(Pair("Architectures", defaultArchitecture is null ? null : new JsonArray(defaultArchitecture)));
        rendered.GlobalsFunction.Add(Pair("MemorySize", Positive(model.DefaultMemorySize)));
        rendered.GlobalsFunction.Add(Pair("Timeout", Positive(model.DefaultTimeout)));

        var hasHttpApiEvents = model.HttpApiRoutes.Count > 0 || model.Functions.Any(static f => f.Routes.Count > 0);
        rendered.GlobalsHttpApi.Add(Pair("CorsConfiguration", hasHttpApiEvents ? Cors(model.CorsOrigins) : null));

        var ids = new LogicalIds.Allocator();
        var defaultTimeout = model.DefaultTimeout > 0 ? model.DefaultTimeout : SamDefaultTimeout;
        if (model.HttpApiRoutes.Count > 0)
        {
            var properties = new JsonObject
            {
                ["Handler"] = Handler(facts, ManifestModelNames.HttpApiHandler),
            };
            var memory = model.HttpApiMemorySize;
            var timeout = model.HttpApiTimeout;
            AddIfPositive(properties, "MemorySize", memory);
            AddIfPositive(properties, "Timeout", timeout);
            AddEnvironment(properties, facts, ManifestModelNames.HttpApiHandler, null, rendered.References, "the HTTP API function");
            var events = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
            AddRouteEvents(events, model.HttpApiRoutes, new LogicalIds.Allocator());
            properties["Events"] = ToObject(events);
            var id = ids.Take(LogicalIds.HttpApiFunction(model.ApplicationName));
            rendered.Resources.Add(new GeneratedResource(id, FunctionType, properties, OwnedHttpApiFunctionProperties, timeout > 0 ? timeout : defaultTimeout, true));
        }

        foreach (var function in model.Functions.OrderBy(static f => f.Name, StringComparer.Ordinal))
        {
            var id = ids.Take(LogicalIds.Function(function.Name));
            var properties = RenderFunction(function, facts, binaryArchitecture, rendered);
            var timeout = function.Timeout > 0 ? function.Timeout : defaultTimeout;
            rendered.Resources.Add(new GeneratedResource(id, FunctionType, properties, OwnedFunctionProperties, timeout, function.Routes.Count > 0));
        }

        return rendered;
    }

    private static JsonObject RenderFunction(ManifestFunction function, BuildFacts facts, string? binaryArchitecture, RenderedTemplate rendered)
    {
        var where = $"function '{function.Name}'";
        var properties = new JsonObject { ["Handler"] = Handler(facts, function.Name) };
        if (!string.IsNullOrEmpty(function.Description))
        {
            properties["Description"] = function.Description;
        }

        if (Normalize(function.Architecture) is { } architecture)
        {
            if (binaryArchitecture is not null && architecture != binaryArchitecture)
            {
                rendered.Warnings.Add(new ManifestWarning(ManifestWarnings.ArchitectureMismatch,
                    $"Function '{function.Name}' asks for architecture '{architecture}' but the native binary is built for '{binaryArchitecture}'; one binary serves every function. Remove Architecture or change the RuntimeIdentifier."));
            }
            else
            {
                properties["Architectures"] = new JsonArray(architecture);
            }
        }

        AddIfPositive(properties, "MemorySize", function.MemorySize);
        AddIfPositive(properties, "Timeout", function.Timeout);
        if (!string.IsNullOrWhiteSpace(function.Role))
        {
            properties["Role"] = rendered.References.Resolve(function.Role.Trim(), "Arn", where + " Role");
        }
        else if (Policies(function.Policies, rendered.References, where) is { } policies)
        {
            properties["Policies"] = policies;
        }

        AddEnvironment(properties, facts, function.Name, function.Environment, rendered.References, where);
        AddIfPositive(properties, "ReservedConcurrentExecutions", function.ReservedConcurrency);
        if (function.FunctionUrl is { } url)
        {
            var config = new JsonObject { ["AuthType"] = string.IsNullOrEmpty(url.AuthType) ? "NONE" : url.AuthType };
            if (Cors(url.Cors) is { } cors)
            {
                config["Cors"] = cors;
            }

            properties["FunctionUrlConfig"] = config;
        }

        var events = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var names = new LogicalIds.Allocator();
        AddRouteEvents(events, function.Routes, names);
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var trigger in function.Triggers)
        {
            ordinals[trigger.Kind] = ordinals.TryGetValue(trigger.Kind, out var n) ? n + 1 : 1;
            if (TriggerEvents.Render(trigger, ordinals[trigger.Kind], function.ReportBatchItemFailures, rendered.References, where, rendered.Warnings) is { } e)
            {
                events.Add(names.Take(e.Name), e.Event);
            }
        }

        if (events.Count > 0)
        {
            properties["Events"] = ToObject(events);
        }

        return properties;
    }

    private static void AddRouteEvents(SortedDictionary<string, JsonNode> events, List<ManifestRoute> routes, LogicalIds.Allocator names)
    {
        // Name allocation follows a sorted order so that a route's event name never depends on declaration order.
        var expanded = routes
            .SelectMany(static r => RouteTemplates.ToGatewayPaths(r.Template).Select(p => (Method: r.Method.Trim().ToUpperInvariant(), p.Path, p.EventSuffix)))
            .Distinct()
            .OrderBy(static r => r.Path, StringComparer.Ordinal)
            .ThenBy(static r => r.Method, StringComparer.Ordinal);
        foreach (var (method, path, suffix) in expanded)
        {
            var name = names.Take(LogicalIds.Pascal(method.ToLowerInvariant(), "Http") + suffix);
            events.Add(name, new JsonObject
            {
                ["Type"] = "HttpApi",
                ["Properties"] = new JsonObject { ["Path"] = path, ["Method"] = method == "ANY" ? "ANY" : method },
            });
        }
    }

    private static void AddEnvironment(JsonObject properties, BuildFacts facts, string functionName, string? environment, References references, string where)
    {
        var variables = new JsonObject();
        foreach (var entry in (environment ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = entry.IndexOf('=');
            var key = (equals < 0 ? entry : entry.Substring(0, equals)).Trim();
            var value = equals < 0 ? "" : entry.Substring(equals + 1).Trim();
            if (key.Length > 0)
            {
                variables[key] = references.Resolve(value, null, $"{where} Environment {key}");
            }
        }

        if (!facts.PublishAot)
        {
            variables[HandlerVariable] = functionName;
        }

        if (variables.Count > 0)
        {
            properties["Environment"] = new JsonObject { ["Variables"] = variables };
        }
    }

    /// <summary>
    /// <c>AmazonS3ReadOnlyAccess, arn:aws:iam::aws:policy/X, DynamoDBCrudPolicy(TableName=@TodoTable)</c>: managed policy
    /// names or ARNs stay strings; <c>Template(Key=Value, ...)</c> is a SAM policy template with its parameters.
    /// </summary>
    private static JsonNode? Policies(string? policies, References references, string where)
    {
        if (string.IsNullOrWhiteSpace(policies))
        {
            return null;
        }

        var list = new JsonArray();
        foreach (var item in SplitTopLevel(policies, ','))
        {
            var open = item.IndexOf('(');
            if (open > 0 && item.EndsWith(')'))
            {
                var name = item.Substring(0, open).Trim();
                var parameters = new JsonObject();
                foreach (var pair in SplitTopLevel(item.Substring(open + 1, item.Length - open - 2), ','))
                {
                    var equals = pair.IndexOf('=');
                    if (equals > 0)
                    {
                        var key = pair.Substring(0, equals).Trim();
                        parameters[key] = references.Resolve(pair.Substring(equals + 1).Trim(), null, $"{where} policy {name}");
                    }
                }

                list.Add(new JsonObject { [name] = parameters });
            }
            else
            {
                list.Add(references.Resolve(item, null, where + " Policies"));
            }
        }

        return list.Count == 0 ? null : list;
    }

    internal static IEnumerable<string> SplitTopLevel(string text, char separator)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] == separator && depth == 0))
            {
                var part = text.Substring(start, i - start).Trim();
                if (part.Length > 0)
                {
                    yield return part;
                }

                start = i + 1;
            }
            else if (text[i] is '(' or '{' or '[')
            {
                depth++;
            }
            else if (text[i] is ')' or '}' or ']')
            {
                depth--;
            }
        }
    }

    private static JsonNode? Cors(string? origins)
    {
        var list = new JsonArray();
        foreach (var origin in (origins ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            list.Add(origin);
        }

        if (list.Count == 0)
        {
            return null;
        }

        return new JsonObject
        {
            ["AllowOrigins"] = list,
            ["AllowHeaders"] = new JsonArray("*"),
            ["AllowMethods"] = new JsonArray("*"),
        };
    }

    private static string Runtime(BuildFacts facts, List<ManifestWarning> warnings)
    {
        if (facts.PublishAot)
        {
            return "provided.al2023";
        }

        switch (facts.TargetFramework)
        {
            case "net8.0": return "dotnet8";
            case "net10.0": return "dotnet10";
            default:
                warnings.Add(new ManifestWarning(ManifestWarnings.NoManagedRuntime,
                    $"AWS Lambda has no managed runtime for '{facts.TargetFramework}'; the template uses provided.al2023, which needs a self-contained or Native AOT 'bootstrap'. Target net8.0 or net10.0, or set PublishAot."));
                return "provided.al2023";
        }
    }

    private static string AotArchitecture(BuildFacts facts, List<ManifestWarning> warnings)
    {
        var rid = facts.RuntimeIdentifier ?? "";
        if (!rid.StartsWith("linux-", StringComparison.Ordinal))
        {
            warnings.Add(new ManifestWarning(ManifestWarnings.ArchitectureMismatch,
                $"PublishAot is set but RuntimeIdentifier is '{rid}': Lambda runs linux-x64 or linux-arm64 binaries. Set <RuntimeIdentifier>linux-x64</RuntimeIdentifier> or linux-arm64; the template assumes x86_64."));
        }

        return rid.EndsWith("arm64", StringComparison.Ordinal) ? "arm64" : "x86_64";
    }

    private static JsonNode Handler(BuildFacts facts, string functionName) => facts.PublishAot ? functionName : facts.AssemblyName;

    private static string? Normalize(string? architecture) => architecture?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "x64" or "x86_64" or "amd64" => "x86_64",
        "arm64" or "aarch64" => "arm64",
        var other => other,
    };

    private static KeyValuePair<string, JsonNode?> Pair(string key, JsonNode? value) => new(key, value);

    private static JsonNode? Positive(int value) => value > 0 ? JsonValue.Create(value) : null;

    private static void AddIfPositive(JsonObject properties, string name, int value)
    {
        if (value > 0)
        {
            properties[name] = value;
        }
    }

    private static JsonObject ToObject(SortedDictionary<string, JsonNode> items)
    {
        var result = new JsonObject();
        foreach (var (key, value) in items)
        {
            result[key] = value;
        }

        return result;
    }
}

/// <summary>Names shared with the generator.</summary>
internal static class ManifestModelNames
{
    /// <summary>The <c>_HANDLER</c> of the shared HTTP API function (ManifestSpec.HttpApiHandler in the generator).</summary>
    public const string HttpApiHandler = "HttpApi";
}
