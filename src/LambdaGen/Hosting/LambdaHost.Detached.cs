using System;
using LambdaGen.Runtime;

namespace LambdaGen.Hosting;

public sealed partial class LambdaHost
{
    /// <summary>A host with no Runtime API connection, so that tests can create <see cref="LambdaInvocation"/>s directly.</summary>
    internal static LambdaHost CreateDetached(LambdaEnvironment environment, TimeSpan cancellationMargin) => new(environment, cancellationMargin);
}
