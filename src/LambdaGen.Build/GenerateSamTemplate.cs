using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace LambdaGen.Build;

/// <summary>
/// Writes the SAM template after compile: reads the manifest model from the built assembly (metadata only),
/// renders it with the MSBuild facts, merges it into the existing template and writes only when the bytes change.
/// </summary>
public sealed class GenerateSamTemplate : Task
{
    private const string HelpLinkBase = "https://github.com/lambdagen/lambdagen/blob/main/docs/rules/";

    /// <summary>The compiled assembly (obj/.../X.dll) that carries the model.</summary>
    [Required]
    public string AssemblyPath { get; set; } = "";

    /// <summary>Where the template lives ($(LambdaGenManifestPath)).</summary>
    [Required]
    public string TemplatePath { get; set; } = "";

    /// <summary>$(TargetFramework).</summary>
    public string TargetFramework { get; set; } = "";

    /// <summary>$(PublishAot).</summary>
    public bool PublishAot { get; set; }

    /// <summary>$(RuntimeIdentifier).</summary>
    public string? RuntimeIdentifier { get; set; }

    /// <summary>$(AssemblyName).</summary>
    public string AssemblyName { get; set; } = "";

    /// <summary>The folder with the deployable output; made relative to the template's folder.</summary>
    public string CodeUri { get; set; } = "";

    /// <summary>True when the template file was (re)written.</summary>
    [Output]
    public bool TemplateWritten { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        var templatePath = Path.GetFullPath(TemplatePath);
        var facts = new BuildFacts(PublishAot, TargetFramework, string.IsNullOrEmpty(RuntimeIdentifier) ? null : RuntimeIdentifier, AssemblyName, RelativeCodeUri(templatePath, CodeUri));
        var (written, result) = SamTemplateGenerator.WriteTemplate(AssemblyPath, templatePath, facts);
        foreach (var warning in result.Warnings)
        {
            Log.LogWarning(null, warning.Code, null, HelpLinkBase + warning.Code + ".md", templatePath, 0, 0, 0, 0, warning.Message);
        }

        TemplateWritten = written;
        if (written)
        {
            Log.LogMessage(MessageImportance.High, "LambdaGen: wrote {0}", templatePath);
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary><paramref name="codeUri"/> relative to the template's folder, with '/' separators and no trailing slash.</summary>
    internal static string RelativeCodeUri(string templatePath, string codeUri)
    {
        if (string.IsNullOrEmpty(codeUri))
        {
            return ".";
        }

        var templateDirectory = Path.GetDirectoryName(templatePath) ?? ".";
        var full = Path.GetFullPath(codeUri, templateDirectory);
        var relative = Path.GetRelativePath(templateDirectory, full).Replace('\\', '/').TrimEnd('/');
        return relative.Length == 0 ? "." : relative;
    }
}
