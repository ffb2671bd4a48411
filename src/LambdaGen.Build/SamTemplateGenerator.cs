using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LambdaGen.Build;

/// <summary>The outcome of one manifest step.</summary>
/// <param name="Text">The template text to write, or null when nothing may be written (unreadable template, no model).</param>
/// <param name="Warnings">Warnings to report, in a stable order.</param>
public sealed record SamTemplateResult(string? Text, IReadOnlyList<ManifestWarning> Warnings);

/// <summary>
/// Renders the manifest model into a SAM template and merges it into the existing one. Pure functions of their
/// inputs (no clock, no environment, ordinal ordering), so the same model and template always give the same bytes.
/// </summary>
public static class SamTemplateGenerator
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        // The template is a file for people and for CloudFormation, not HTML: keep '+', '<', '&' and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonDocumentOptions ReadOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The template for the model <paramref name="modelJson"/> merged into <paramref name="existingTemplate"/> (null: a new file).</summary>
    public static SamTemplateResult Generate(string modelJson, BuildFacts facts, string? existingTemplate)
    {
        var warnings = new List<ManifestWarning>();
        var model = ManifestModel.Parse(modelJson);
        if (model.Version != 1)
        {
            warnings.Add(new ManifestWarning(ManifestWarnings.UnknownModelVersion,
                $"The manifest model has format version {model.Version}, which this LambdaGen build task does not know; the template is not written. Use the same LambdaGen version for the generator and the build task."));
            return new SamTemplateResult(null, warnings);
        }

        JsonObject? existing = null;
        if (!string.IsNullOrWhiteSpace(existingTemplate))
        {
            try
            {
                existing = JsonNode.Parse(existingTemplate, documentOptions: ReadOptions) as JsonObject;
            }
            catch (JsonException)
            {
            }

            if (existing is null)
            {
                warnings.Add(new ManifestWarning(ManifestWarnings.UnreadableTemplate,
                    "The existing template is not a JSON object, so LambdaGen leaves it untouched. Fix the JSON (or delete the file to get a fresh one)."));
                return new SamTemplateResult(null, warnings);
            }
        }

        var parameters = new HashSet<string>(Keys(existing?["Parameters"]), StringComparer.Ordinal);
        var rendered = SamTemplateRenderer.Render(model, facts, parameters);
        warnings.AddRange(rendered.Warnings);
        var merged = TemplateMerger.Merge(existing, rendered, model.ApplicationName, warnings);
        warnings.AddRange(TemplateChecks.Run(merged, rendered));
        return new SamTemplateResult(Serialize(merged), warnings);
    }

    /// <summary>
    /// Reads the model from <paramref name="assemblyPath"/> and writes <paramref name="templatePath"/> when its bytes change.
    /// Returns whether the file was written; <c>Text</c> is null when the assembly carries no model.
    /// </summary>
    public static (bool Written, SamTemplateResult Result) WriteTemplate(string assemblyPath, string templatePath, BuildFacts facts)
    {
        var modelJson = ManifestReader.ReadModelJson(assemblyPath);
        if (modelJson is null)
        {
            return (false, new SamTemplateResult(null, Array.Empty<ManifestWarning>()));
        }

        var existingBytes = File.Exists(templatePath) ? File.ReadAllBytes(templatePath) : null;
        var existingText = existingBytes is null ? null : Encoding.UTF8.GetString(existingBytes);
        var result = Generate(modelJson, facts, existingText);
        if (result.Text is null)
        {
            return (false, result);
        }

        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(result.Text);
        if (existingBytes is not null && existingBytes.AsSpan().SequenceEqual(bytes))
        {
            return (false, result);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(templatePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllBytes(templatePath, bytes);
        return (true, result);
    }

    /// <summary>2-space indentation, '\n' line endings on every platform, a final newline.</summary>
    public static string Serialize(JsonNode template) => template.ToJsonString(WriteOptions).Replace("\r\n", "\n") + "\n";

    private static IEnumerable<string> Keys(JsonNode? node) => node is JsonObject obj ? obj.Select(static p => p.Key) : Enumerable.Empty<string>();
}
