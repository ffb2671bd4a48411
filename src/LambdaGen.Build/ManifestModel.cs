using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LambdaGen.Build;

/// <summary>The manifest model as the generator serialized it (see LambdaGen.Generators/Manifest/ManifestEmitter.cs).</summary>
internal sealed class ManifestModel
{
    public int Version { get; set; }
    public string ApplicationName { get; set; } = "app";
    public int DefaultMemorySize { get; set; }
    public int DefaultTimeout { get; set; }
    public string? DefaultArchitecture { get; set; }
    public int HttpApiTimeout { get; set; }
    public int HttpApiMemorySize { get; set; }
    public string? CorsOrigins { get; set; }
    public List<RouteModel> HttpApiRoutes { get; set; } = new();
    public List<FunctionModel> Functions { get; set; } = new();

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ManifestModel Parse(string json) => JsonSerializer.Deserialize<ManifestModel>(json, Options) ?? new ManifestModel();

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}

internal sealed class FunctionModel
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public int MemorySize { get; set; }
    public int Timeout { get; set; }
    public string? Architecture { get; set; }
    public string? Role { get; set; }
    public string? Policies { get; set; }
    public string? Environment { get; set; }
    public int ReservedConcurrency { get; set; }
    public List<RouteModel> Routes { get; set; } = new();
    public List<TriggerModel> Triggers { get; set; } = new();
    public FunctionUrlModel? FunctionUrl { get; set; }
    public bool ReportBatchItemFailures { get; set; }
}

internal sealed class RouteModel
{
    public string Method { get; set; } = "GET";
    public string Template { get; set; } = "/";
}

internal sealed class TriggerModel
{
    public string Kind { get; set; } = "";
    public Dictionary<string, string> Arguments { get; set; } = new();

    public string? Get(string name) => Arguments.TryGetValue(name, out var value) ? value : null;
}

internal sealed class FunctionUrlModel
{
    public string AuthType { get; set; } = "NONE";
    public string? Cors { get; set; }
}
