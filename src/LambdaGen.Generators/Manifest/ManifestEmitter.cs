using System.Globalization;
using System.Text;
using LambdaGen.Generators.Common;

namespace LambdaGen.Generators.Manifest;

/// <summary>
/// Puts the manifest model into the compiled assembly as a constant string, where the LambdaGen MSBuild task
/// reads it after compile (through metadata, without loading the assembly). The generator never touches the disk.
/// </summary>
internal static class ManifestEmitter
{
    /// <summary>The hint name of the generated file.</summary>
    public const string HintName = "LambdaGenManifest.g.cs";

    /// <summary>The namespace and type that hold the constant; the task looks them up by these names.</summary>
    public const string Namespace = "LambdaGen.Generated";
    public const string TypeName = "LambdaGenManifest";
    public const string FieldName = "Model";

    /// <summary>Bumped when the JSON shape changes incompatibly; the task refuses versions it does not know.</summary>
    public const int FormatVersion = 1;

    /// <summary>The generated source for <paramref name="spec"/>.</summary>
    public static string Emit(ManifestSpec spec)
    {
        var writer = SourceWriter.CreateFile();
        writer.Open($"namespace {Namespace}");
        writer.Line("/// <summary>The deployment manifest model, read by the LambdaGen build task to write the SAM template.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"LambdaGen\", \"0.1.0\")]");
        writer.Open($"internal static class {TypeName}");
        writer.Line($"public const string {FieldName} = {SourceWriter.Literal(Serialize(spec))};");
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    /// <summary>The model as compact JSON: fixed property order, nulls and empty lists omitted, invariant numbers.</summary>
    public static string Serialize(ManifestSpec spec)
    {
        var json = new JsonText();
        json.BeginObject();
        json.Number("version", FormatVersion);
        json.String("applicationName", spec.ApplicationName);
        json.Number("defaultMemorySize", spec.DefaultMemorySize);
        json.Number("defaultTimeout", spec.DefaultTimeout);
        json.String("defaultArchitecture", spec.DefaultArchitecture);
        json.Number("httpApiTimeout", spec.HttpApiTimeout);
        json.Number("httpApiMemorySize", spec.HttpApiMemorySize);
        json.String("corsOrigins", spec.CorsOrigins);
        WriteRoutes(json, "httpApiRoutes", spec.HttpApiRoutes);
        if (!spec.Functions.IsEmpty)
        {
            json.BeginArray("functions");
            foreach (var function in spec.Functions)
            {
                WriteFunction(json, function);
            }

            json.EndArray();
        }

        json.EndObject();
        return json.ToString();
    }

    private static void WriteFunction(JsonText json, FunctionManifestSpec function)
    {
        json.BeginObject();
        json.String("name", function.Name);
        json.String("description", function.Description);
        json.Number("memorySize", function.MemorySize);
        json.Number("timeout", function.Timeout);
        json.String("architecture", function.Architecture);
        json.String("role", function.Role);
        json.String("policies", function.Policies);
        json.String("environment", function.Environment);
        json.Number("reservedConcurrency", function.ReservedConcurrency);
        WriteRoutes(json, "routes", function.Routes);
        if (!function.Triggers.IsEmpty)
        {
            json.BeginArray("triggers");
            foreach (var trigger in function.Triggers)
            {
                json.BeginObject();
                json.String("kind", trigger.Kind);
                json.BeginObject("arguments");
                foreach (var argument in trigger.Arguments)
                {
                    json.String(argument.Name, argument.Value);
                }

                json.EndObject();
                json.EndObject();
            }

            json.EndArray();
        }

        if (function.FunctionUrl is { } url)
        {
            json.BeginObject("functionUrl");
            json.String("authType", url.AuthType);
            json.String("cors", url.Cors);
            json.EndObject();
        }

        if (function.ReportBatchItemFailures)
        {
            json.Bool("reportBatchItemFailures", true);
        }

        json.EndObject();
    }

    private static void WriteRoutes(JsonText json, string name, EquatableArray<RouteManifestSpec> routes)
    {
        if (routes.IsEmpty)
        {
            return;
        }

        json.BeginArray(name);
        foreach (var route in routes)
        {
            json.BeginObject();
            json.String("method", route.Method);
            json.String("template", route.Template);
            json.EndObject();
        }

        json.EndArray();
    }

    /// <summary>A minimal JSON writer (netstandard2.0 generators cannot count on System.Text.Json being loadable).</summary>
    private sealed class JsonText
    {
        private readonly StringBuilder _builder = new();
        private bool _needsComma;

        public void BeginObject(string? name = null)
        {
            Name(name);
            _builder.Append('{');
            _needsComma = false;
        }

        public void EndObject()
        {
            _builder.Append('}');
            _needsComma = true;
        }

        public void BeginArray(string name)
        {
            Name(name);
            _builder.Append('[');
            _needsComma = false;
        }

        public void EndArray()
        {
            _builder.Append(']');
            _needsComma = true;
        }

        public void String(string name, string? value)
        {
            if (value is null)
            {
                return;
            }

            Name(name);
            Quote(value);
            _needsComma = true;
        }

        public void Number(string name, int value)
        {
            if (value == 0)
            {
                return;
            }

            Name(name);
            _builder.Append(value.ToString(CultureInfo.InvariantCulture));
            _needsComma = true;
        }

        public void Bool(string name, bool value)
        {
            Name(name);
            _builder.Append(value ? "true" : "false");
            _needsComma = true;
        }

        public override string ToString() => _builder.ToString();

        private void Name(string? name)
        {
            if (_needsComma)
            {
                _builder.Append(',');
            }

            if (name is not null)
            {
                Quote(name);
                _builder.Append(':');
            }
        }

        private void Quote(string value)
        {
            _builder.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': _builder.Append("\\\""); break;
                    case '\\': _builder.Append("\\\\"); break;
                    case '\n': _builder.Append("\\n"); break;
                    case '\r': _builder.Append("\\r"); break;
                    case '\t': _builder.Append("\\t"); break;
                    default:
                        if (c < ' ' || c == '\u2028' || c == '\u2029')
                        {
                            _builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            _builder.Append(c);
                        }

                        break;
                }
            }

            _builder.Append('"');
        }
    }
}
