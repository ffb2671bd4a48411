using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace LambdaGen.Tool.Manifest;

/// <summary>
/// The parts of an AWS SAM template (JSON) that local execution needs: functions, their settings and their
/// HttpApi routes. Read with SAM's semantics: <c>Globals.Function</c> supplies defaults, SAM's own defaults
/// (128 MB, 3 s) apply last, and resources of other types are ignored.
/// </summary>
public sealed class SamTemplate
{
    /// <summary>SAM's default <c>MemorySize</c>.</summary>
    public const int DefaultMemorySize = 128;

    /// <summary>SAM's default <c>Timeout</c> in seconds.</summary>
    public const int DefaultTimeoutSeconds = 3;

    private SamTemplate(string path, IReadOnlyList<FunctionSpec> functions)
    {
        Path = path;
        Functions = functions;
    }

    /// <summary>The file the template was read from.</summary>
    public string Path { get; }

    /// <summary>Every function, ordered by logical id.</summary>
    public IReadOnlyList<FunctionSpec> Functions { get; }

    /// <summary>Every HttpApi route with its function.</summary>
    public IEnumerable<(FunctionSpec Function, RouteSpec Route)> Routes
        => Functions.SelectMany(static f => f.Routes.Select(r => (f, r)));

    /// <summary>Finds a function by logical id, deployed name or handler (in that order, ordinal, then ignoring case).</summary>
    public FunctionSpec? Find(string name)
    {
        foreach (var comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
        {
            var found = Functions.FirstOrDefault(f => f.LogicalId.Equals(name, comparison))
                ?? Functions.FirstOrDefault(f => f.FunctionName.Equals(name, comparison))
                ?? Functions.FirstOrDefault(f => f.Handler.Equals(name, comparison));
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Reads a template file.</summary>
    /// <exception cref="ManifestException">The file is not a JSON SAM template.</exception>
    public static SamTemplate Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new ManifestException($"Cannot read the template {path}: {e.Message}");
        }

        return Parse(text, path);
    }

    /// <summary>Parses template text.</summary>
    /// <exception cref="ManifestException">The text is not a JSON SAM template.</exception>
    public static SamTemplate Parse(string json, string path = "serverless.template")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ManifestException($"{path} is not JSON ({e.Message}). LambdaGen reads JSON SAM templates.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Resources", out var resources) || resources.ValueKind != JsonValueKind.Object)
            {
                throw new ManifestException($"{path} has no Resources object.");
            }

            var globals = root.TryGetProperty("Globals", out var g) && g.TryGetProperty("Function", out var gf) && gf.ValueKind == JsonValueKind.Object
                ? gf
                : default;

            var functions = new List<FunctionSpec>();
            foreach (var resource in resources.EnumerateObject())
            {
                if (resource.Value.ValueKind == JsonValueKind.Object
                    && resource.Value.TryGetProperty("Type", out var type)
                    && type.ValueKind == JsonValueKind.String
                    && type.GetString() == "AWS::Serverless::Function")
                {
                    functions.Add(ReadFunction(resource.Name, resource.Value, globals));
                }
            }

            functions.Sort(static (a, b) => string.CompareOrdinal(a.LogicalId, b.LogicalId));
            return new SamTemplate(path, functions);
        }
    }

    private static FunctionSpec ReadFunction(string logicalId, JsonElement resource, JsonElement globals)
    {
        var properties = resource.TryGetProperty("Properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var handler = String(properties, "Handler") ?? String(globals, "Handler") ?? logicalId;
        var name = String(properties, "FunctionName") ?? logicalId;
        var memory = Int(properties, "MemorySize") ?? Int(globals, "MemorySize") ?? DefaultMemorySize;
        var timeout = Int(properties, "Timeout") ?? Int(globals, "Timeout") ?? DefaultTimeoutSeconds;
        var reserved = Int(properties, "ReservedConcurrentExecutions");

        var environment = new SortedDictionary<string, string>(StringComparer.Ordinal);
        AddVariables(environment, globals);
        AddVariables(environment, properties);

        var routes = new List<RouteSpec>();
        var triggers = new SortedSet<string>(StringComparer.Ordinal);
        if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("Events", out var events) && events.ValueKind == JsonValueKind.Object)
        {
            foreach (var e in events.EnumerateObject())
            {
                var eventType = String(e.Value, "Type");
                if (eventType is null)
                {
                    continue;
                }

                triggers.Add(eventType);
                if (eventType == "HttpApi")
                {
                    var eventProperties = e.Value.TryGetProperty("Properties", out var ep) ? ep : default;
                    var method = (String(eventProperties, "Method") ?? "ANY").ToUpperInvariant();
                    var path = String(eventProperties, "Path");
                    routes.Add(new RouteSpec(method == "*" ? "ANY" : method, path, e.Name));
                }
            }
        }

        return new FunctionSpec(logicalId, name, handler, memory, TimeSpan.FromSeconds(timeout), environment, reserved, routes, triggers.ToArray());
    }

    private static void AddVariables(IDictionary<string, string> target, JsonElement owner)
    {
        if (owner.ValueKind == JsonValueKind.Object
            && owner.TryGetProperty("Environment", out var environment)
            && environment.ValueKind == JsonValueKind.Object
            && environment.TryGetProperty("Variables", out var variables)
            && variables.ValueKind == JsonValueKind.Object)
        {
            foreach (var variable in variables.EnumerateObject())
            {
                target[variable.Name] = Scalar(variable.Value);
            }
        }
    }

    /// <summary>
    /// A variable's local value. Intrinsic functions cannot be resolved without a stack, so they become
    /// readable stand-ins (<c>{"Ref":"Table"}</c> gives <c>Table</c>) rather than being dropped: the code that
    /// reads them still finds a value.
    /// </summary>
    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Object when value.TryGetProperty("Ref", out var r) && r.ValueKind == JsonValueKind.String => r.GetString()!,
        JsonValueKind.Object when value.TryGetProperty("Fn::GetAtt", out var a) && a.ValueKind == JsonValueKind.Array
            => string.Join(".", a.EnumerateArray().Select(static x => x.ValueKind == JsonValueKind.String ? x.GetString() : x.GetRawText())),
        JsonValueKind.Object when value.TryGetProperty("Fn::Sub", out var s) && s.ValueKind == JsonValueKind.String => s.GetString()!,
        _ => value.GetRawText(),
    };

    private static string? String(JsonElement owner, string name)
        => owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement owner, string name)
    {
        if (owner.ValueKind != JsonValueKind.Object || !owner.TryGetProperty(name, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n))
        {
            return n;
        }

        return v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out n) ? n : null;
    }
}

/// <summary>The template cannot be used.</summary>
public sealed class ManifestException(string message) : Exception(message);
