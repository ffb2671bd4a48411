using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace LambdaGen.Build;

/// <summary>Reads the manifest constant out of a compiled assembly through metadata only (the assembly is never loaded).</summary>
internal static class ManifestReader
{
    public const string Namespace = "LambdaGen.Generated";
    public const string TypeName = "LambdaGenManifest";
    public const string FieldName = "Model";

    /// <summary>The JSON of the manifest model, or null when the assembly has none (not a LambdaGen application).</summary>
    public static string? ReadModelJson(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return null;
        }

        var reader = pe.GetMetadataReader();
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            if (!reader.StringComparer.Equals(type.Name, TypeName) || !reader.StringComparer.Equals(type.Namespace, Namespace))
            {
                continue;
            }

            foreach (var fieldHandle in type.GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                if (!reader.StringComparer.Equals(field.Name, FieldName))
                {
                    continue;
                }

                var constantHandle = field.GetDefaultValue();
                if (constantHandle.IsNil)
                {
                    return null;
                }

                var constant = reader.GetConstant(constantHandle);
                if (constant.TypeCode != ConstantTypeCode.String)
                {
                    return null;
                }

                var blob = reader.GetBlobReader(constant.Value);
                return blob.ReadUTF16(blob.Length);
            }
        }

        return null;
    }
}
