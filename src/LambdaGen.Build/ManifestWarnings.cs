namespace LambdaGen.Build;

/// <summary>
/// Warning ids the manifest step reports as MSBuild warnings (LG0350 and up in the LG03xx range; LG0301..LG0319
/// belong to the trigger attribute analyzers). Each has a page at docs/rules/&lt;id&gt;.md.
/// </summary>
public static class ManifestWarnings
{
    /// <summary>An <c>@Name</c> reference names no resource or parameter of the template.</summary>
    public const string UnknownReference = "LG0350";

    /// <summary>A function behind API Gateway has a timeout above the gateway's 30 second limit.</summary>
    public const string HttpTimeoutTooLong = "LG0351";

    /// <summary>A logical id LambdaGen would write is taken by a resource it does not own; the function is left out.</summary>
    public const string LogicalIdTaken = "LG0352";

    /// <summary>A trigger cannot be expressed in the template (unknown kind, missing argument, invalid JSON).</summary>
    public const string InvalidTrigger = "LG0353";

    /// <summary>The target framework has no managed Lambda runtime; the template uses provided.al2023.</summary>
    public const string NoManagedRuntime = "LG0354";

    /// <summary>Native AOT: no linux RuntimeIdentifier, or a function asks for another architecture than the binary's.</summary>
    public const string ArchitectureMismatch = "LG0355";

    /// <summary>The existing template is not valid JSON (or not an object); it is left untouched.</summary>
    public const string UnreadableTemplate = "LG0356";

    /// <summary>The manifest model in the assembly has a format version this task does not know.</summary>
    public const string UnknownModelVersion = "LG0357";
}

/// <summary>One warning: its id and a message that names the fix.</summary>
public sealed record ManifestWarning(string Code, string Message);
