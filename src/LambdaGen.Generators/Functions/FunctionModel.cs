using System.Linq;
using LambdaGen.Generators.Common;

namespace LambdaGen.Generators.Functions;

/// <summary>How a function parameter gets its value.</summary>
internal enum ParameterSource
{
    /// <summary>The event, deserialized from JSON.</summary>
    Event,
    /// <summary>The event as a read-only stream.</summary>
    EventStream,
    /// <summary>The invocation context.</summary>
    Context,
    /// <summary>The deadline cancellation token.</summary>
    CancellationToken,
    /// <summary>A service from the invocation scope.</summary>
    Service,
    /// <summary>The invocation context seen as <c>Amazon.Lambda.Core.ILambdaContext</c> (interop, see AwsInterop).</summary>
    AwsContext,
}

/// <summary>What a function returns and how the entry point writes it.</summary>
internal enum ReturnShape
{
    Void,
    Value,
    Task,
    TaskOfValue,
    ValueTask,
    ValueTaskOfValue,
    Stream,
    TaskOfStream,
}

internal sealed record ParameterModel(ParameterSource Source, TypeRef Type);

/// <summary>Settings the manifest needs; 0/null mean "inherit the application's".</summary>
internal sealed record FunctionSettings(int MemorySize, int Timeout, string? Architecture, string? Role, string? Policies, string? Environment, int ReservedConcurrency, string? Description);

/// <summary>
/// How a triggered function is driven: the runtime helper (from <c>TriggerCatalog</c>) that reads the event, loops
/// or batches, and writes the batch response; <see cref="TypeArgument"/> is the payload's <c>T</c> needing JSON metadata.
/// </summary>
internal sealed record TriggerInvocation(string Kind, string HelperType, string Method, TypeRef? TypeArgument, string? ResponseType, bool TakesPayload);

/// <summary>One [LambdaFunction] method, everything the emitters need and nothing that holds a symbol.</summary>
internal sealed record FunctionModel(
    string Name,
    TypeRef ContainingType,
    string MethodName,
    bool IsStatic,
    bool ConstructFromServices,
    EquatableArray<ParameterModel> Parameters,
    ReturnShape Return,
    TypeRef? ResultType,
    FunctionSettings Settings,
    EquatableArray<TriggerModel> Triggers,
    TriggerModel? FunctionUrl,
    TriggerInvocation? Trigger,
    LambdaGen.Generators.Json.JsonGraph Json)
{
    /// <summary>The user's <c>[LambdaSerializer]</c> type (method or assembly level), or null for generated metadata.</summary>
    public TypeRef? AwsSerializer { get; init; }

    /// <summary>Whether any part of this function needs the service container.</summary>
    public bool NeedsServices => ConstructFromServices || Parameters.AsImmutableArray().Any(static p => p.Source == ParameterSource.Service);
}
