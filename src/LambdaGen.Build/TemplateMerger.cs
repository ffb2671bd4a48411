using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace LambdaGen.Build;

/// <summary>
/// Merges what LambdaGen renders into an existing template without losing anything the user wrote:
/// resources marked <c>"Metadata": {"LambdaGen": {"Owned": true}}</c> are LambdaGen's (updated, or removed when
/// their function is gone); every other resource, Parameters, Conditions, Outputs and any other section are kept
/// as they are; inside an owned resource only the properties LambdaGen writes are replaced, and properties the
/// user added by hand (Tracing, VpcConfig, Layers, ...) are kept after them. The result depends only on the old
/// template and the model, and merging it again gives it back unchanged.
/// </summary>
internal static class TemplateMerger
{
    public const string TemplateFormatVersion = "2010-09-09";
    public const string SamTransform = "AWS::Serverless-2016-10-31";
    public const string MetadataKey = "LambdaGen";

    public static JsonObject Merge(JsonObject? existing, RenderedTemplate rendered, string applicationName, List<ManifestWarning> warnings)
    {
        existing ??= new JsonObject
        {
            ["AWSTemplateFormatVersion"] = TemplateFormatVersion,
            ["Transform"] = SamTransform,
            ["Description"] = $"{applicationName} (resources marked LambdaGen are written by the build; add your own freely)",
        };

        var entries = Detach(existing);
        var root = new JsonObject();
        var hasTransform = entries.Any(static e => e.Key == "Transform");
        if (!entries.Any(static e => e.Key == "AWSTemplateFormatVersion"))
        {
            root["AWSTemplateFormatVersion"] = TemplateFormatVersion;
            if (!hasTransform)
            {
                root["Transform"] = SamTransform;
            }
        }

        var placedGlobals = false;
        foreach (var (key, value) in entries)
        {
            switch (key)
            {
                case "Transform":
                    root[key] = WithSamTransform(value);
                    break;
                case "Globals":
                    AddIfNotEmpty(root, key, MergeGlobals(value as JsonObject, rendered));
                    placedGlobals = true;
                    break;
                case "Resources":
                    if (!placedGlobals)
                    {
                        AddIfNotEmpty(root, "Globals", MergeGlobals(null, rendered));
                        placedGlobals = true;
                    }

                    root[key] = MergeResources(value as JsonObject, rendered, warnings);
                    break;
                default:
                    root[key] = value;
                    break;
            }

            if (key == "AWSTemplateFormatVersion" && !hasTransform)
            {
                root["Transform"] = SamTransform;
            }
        }

        if (!root.ContainsKey("Transform"))
        {
            root["Transform"] = SamTransform;
        }

        if (!placedGlobals)
        {
            AddIfNotEmpty(root, "Globals", MergeGlobals(null, rendered));
        }

        if (!root.ContainsKey("Resources"))
        {
            root["Resources"] = MergeResources(null, rendered, warnings);
        }

        return root;
    }

    /// <summary>True when the resource carries LambdaGen's ownership mark.</summary>
    public static bool IsOwned(JsonNode? resource)
        => resource is JsonObject obj
           && obj["Metadata"] is JsonObject metadata
           && metadata[MetadataKey] is JsonObject mark
           && mark["Owned"] is JsonValue owned
           && owned.TryGetValue<bool>(out var value)
           && value;

    private static JsonNode? WithSamTransform(JsonNode? transform)
    {
        switch (transform)
        {
            case JsonValue value when value.TryGetValue<string>(out var name):
                return name == SamTransform ? transform : new JsonArray(name, SamTransform);
            case JsonArray list:
                if (!list.Any(static t => t is JsonValue v && v.TryGetValue<string>(out var n) && n == SamTransform))
                {
                    list.Add(SamTransform);
                }

                return list;
            default:
                return SamTransform;
        }
    }

    private static JsonObject MergeGlobals(JsonObject? globals, RenderedTemplate rendered)
    {
        var entries = globals is null ? new List<KeyValuePair<string, JsonNode?>>() : Detach(globals);
        var result = new JsonObject();
        var sections = new (string Name, string[] Owned, List<KeyValuePair<string, JsonNode?>> Values)[]
        {
            ("Function", SamTemplateRenderer.OwnedGlobalsFunction, rendered.GlobalsFunction),
            ("HttpApi", SamTemplateRenderer.OwnedGlobalsHttpApi, rendered.GlobalsHttpApi),
        };

        // Existing sections keep their place; LambdaGen's sections that are new go first, Function before HttpApi.
        foreach (var (name, owned, values) in sections)
        {
            if (!entries.Any(e => e.Key == name))
            {
                AddIfNotEmpty(result, name, MergeOwned(null, values, owned));
            }
        }

        foreach (var (key, value) in entries)
        {
            var section = Array.FindIndex(sections, s => s.Name == key);
            if (section >= 0)
            {
                AddIfNotEmpty(result, key, MergeOwned(value as JsonObject, sections[section].Values, sections[section].Owned));
            }
            else
            {
                result[key] = value;
            }
        }

        return result;
    }

    private static JsonObject MergeResources(JsonObject? resources, RenderedTemplate rendered, List<ManifestWarning> warnings)
    {
        var generated = rendered.Resources.ToDictionary(static r => r.LogicalId, StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var result = new JsonObject();
        foreach (var (id, resource) in resources is null ? new List<KeyValuePair<string, JsonNode?>>() : Detach(resources))
        {
            if (IsOwned(resource))
            {
                if (generated.TryGetValue(id, out var update))
                {
                    result[id] = MergeResource((JsonObject)resource!, update);
                    placed.Add(id);
                }

                // An owned resource whose function is gone is dropped.
                continue;
            }

            if (generated.ContainsKey(id))
            {
                warnings.Add(new ManifestWarning(ManifestWarnings.LogicalIdTaken,
                    $"The template already has a resource '{id}' that LambdaGen does not own, so the function LambdaGen would write under that id is left out. Rename or remove that resource, or mark it with \"Metadata\": {{\"LambdaGen\": {{\"Owned\": true}}}} to let LambdaGen manage it."));
                placed.Add(id);
            }

            result[id] = resource;
        }

        foreach (var resource in rendered.Resources)
        {
            if (placed.Add(resource.LogicalId))
            {
                result[resource.LogicalId] = MergeResource(null, resource);
            }
        }

        return result;
    }

    private static JsonObject MergeResource(JsonObject? old, GeneratedResource generated)
    {
        var entries = old is null ? new List<KeyValuePair<string, JsonNode?>>() : Detach(old);
        var metadata = entries.FirstOrDefault(static e => e.Key == "Metadata").Value as JsonObject;
        var properties = entries.FirstOrDefault(static e => e.Key == "Properties").Value as JsonObject;
        var result = new JsonObject
        {
            ["Type"] = generated.Type,
            ["Metadata"] = MergeOwned(metadata, new[] { new KeyValuePair<string, JsonNode?>(MetadataKey, new JsonObject { ["Owned"] = true }) }, new[] { MetadataKey }),
            ["Properties"] = MergeOwned(properties, Detach(generated.Properties.DeepClone().AsObject()), generated.OwnedProperties),
        };

        foreach (var (key, value) in entries)
        {
            if (key is not ("Type" or "Metadata" or "Properties"))
            {
                result[key] = value;
            }
        }

        return result;
    }

    /// <summary>The owned values (non-null ones, in their order), then the old entries whose keys LambdaGen does not own, in their order.</summary>
    private static JsonObject MergeOwned(JsonObject? old, IEnumerable<KeyValuePair<string, JsonNode?>> values, IReadOnlyCollection<string> ownedKeys)
    {
        var result = new JsonObject();
        foreach (var (key, value) in values)
        {
            if (value is not null)
            {
                result[key] = value.Parent is null ? value : value.DeepClone();
            }
        }

        if (old is not null)
        {
            foreach (var (key, value) in Detach(old))
            {
                if (!ownedKeys.Contains(key))
                {
                    result[key] = value;
                }
            }
        }

        return result;
    }

    private static void AddIfNotEmpty(JsonObject target, string key, JsonObject value)
    {
        if (value.Count > 0)
        {
            target[key] = value;
        }
    }

    /// <summary>The entries of <paramref name="obj"/>, detached from it so that they can move into a rebuilt object.</summary>
    private static List<KeyValuePair<string, JsonNode?>> Detach(JsonObject obj)
    {
        var entries = obj.ToList();
        obj.Clear();
        return entries;
    }
}
