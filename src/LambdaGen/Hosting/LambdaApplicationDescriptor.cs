using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;

namespace LambdaGen.Hosting;

/// <summary>What the generated code tells the host about the application: its functions and its services.</summary>
public sealed class LambdaApplicationDescriptor
{
    /// <summary>Describes an application.</summary>
    /// <param name="functionNames">Every function name, sorted; used in the error for an unknown <c>_HANDLER</c>.</param>
    /// <param name="resolve">Builds the handler of one function during init; null for an unknown name.</param>
    /// <param name="configureServices">Registers services; null when no function needs a container.</param>
    public LambdaApplicationDescriptor(IReadOnlyList<string> functionNames, Func<string, LambdaHost, LambdaHandler?> resolve, Action<IServiceCollection>? configureServices = null)
    {
        FunctionNames = functionNames;
        Resolve = resolve;
        ConfigureServices = configureServices;
    }

    /// <summary>Every function name.</summary>
    public IReadOnlyList<string> FunctionNames { get; }

    /// <summary>Builds the handler of one function.</summary>
    public Func<string, LambdaHost, LambdaHandler?> Resolve { get; }

    /// <summary>Registers services, or null.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; }
}
