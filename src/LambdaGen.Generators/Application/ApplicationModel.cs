using LambdaGen.Generators.Common;

namespace LambdaGen.Generators.Application;

/// <summary>[assembly: LambdaApplication] values; defaults when the attribute is absent.</summary>
internal sealed record ApplicationModel(
    string Name,
    int DefaultMemorySize,
    int DefaultTimeout,
    string? DefaultArchitecture,
    int HttpApiTimeout,
    int HttpApiMemorySize,
    string? CorsOrigins,
    string? JsonNaming,
    bool EnumsAsStrings);

/// <summary>A [LambdaStartup] class.</summary>
internal sealed record StartupModel(TypeRef Type, bool StaticConfigure);

/// <summary>The MSBuild properties the generator reads.</summary>
internal sealed record BuildOptionsModel(bool IsExecutable, bool GenerateMain, int CancellationMarginMs, string? AssemblyName);
