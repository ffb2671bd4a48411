namespace LambdaGen.Build;

/// <summary>What MSBuild knows about the project that the template needs.</summary>
/// <param name="PublishAot">True for a Native AOT executable: runtime <c>provided.al2023</c>, one <c>bootstrap</c> binary.</param>
/// <param name="TargetFramework">The target framework (<c>net8.0</c> gives <c>dotnet8</c> for managed builds).</param>
/// <param name="RuntimeIdentifier">The runtime identifier (<c>linux-arm64</c> gives <c>arm64</c>), or null.</param>
/// <param name="AssemblyName">The assembly name: the handler of managed (non-AOT) executables.</param>
/// <param name="CodeUri">The folder that holds the deployable build output, relative to the template (forward slashes).</param>
public sealed record BuildFacts(bool PublishAot, string TargetFramework, string? RuntimeIdentifier, string AssemblyName, string CodeUri);
