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
    public List<ManifestRoute> HttpApiRoutes { get; set; } = new();
    public List<ManifestFunction> Functions { get; set; } = new();

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ManifestModel Parse(string json) => JsonSerializer.Deserialize<ManifestModel>(json, Options) ?? new ManifestModel();

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}

internal sealed class ManifestFunction
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
    public List<ManifestRoute> Routes { get; set; } = new();
    public List<ManifestTrigger> Triggers { get; set; } = new();
    public ManifestFunctionUrl? FunctionUrl { get; set; }
    public bool ReportBatchItemFailures { get; set; }
}

internal sealed class ManifestRoute
{
    public string Method { get; set; } = "GET";
    public string Template { get; set; } = "/";
}

internal sealed class ManifestTrigger
{
    public string Kind { get; set; } = "";
    public Dictionary<string, string> Arguments { get; set; } = new();

    public string? Get(string name) => Arguments.TryGetValue(name, out var value) ? value : null;
}

internal sealed class ManifestFunctionUrl
{
    public string AuthType { get; set; } = "NONE";
    public string? Cors { get; set; }
}
