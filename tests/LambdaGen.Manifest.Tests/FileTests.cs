using LambdaGen.Build;
using Microsoft.Build.Framework;
using static LambdaGen.Manifest.Tests.Spec;

namespace LambdaGen.Manifest.Tests;

/// <summary>The file step and the MSBuild task: from a compiled assembly to the template on disk.</summary>
public sealed class FileTests
{
    [Fact]
    public void Model_compiled_into_an_assembly_becomes_a_valid_template_on_disk()
    {
        var assembly = Compiler.EmitModelAssembly(TodoApp());
        var template = Path.Combine(Compiler.TempDirectory(), "serverless.template");
        File.WriteAllText(template, TodoAppUserTemplate);

        var (written, result) = SamTemplateGenerator.WriteTemplate(assembly, template, Sam.Aot);

        Assert.True(written);
        Assert.Empty(result.Warnings);
        SamSchema.AssertValid(File.ReadAllText(template));
        Assert.Equal(result.Text, File.ReadAllText(template));
    }

    [Fact]
    public void Unchanged_model_leaves_the_file_and_its_timestamp_untouched()
    {
        var assembly = Compiler.EmitModelAssembly(TodoApp());
        var template = Path.Combine(Compiler.TempDirectory(), "serverless.template");
        Assert.True(SamTemplateGenerator.WriteTemplate(assembly, template, Sam.Aot).Written);
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(template, stamp);

        var (written, _) = SamTemplateGenerator.WriteTemplate(Compiler.EmitModelAssembly(TodoApp()), template, Sam.Aot);

        Assert.False(written);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(template));
    }

    [Fact]
    public void Changed_model_rewrites_the_file()
    {
        var template = Path.Combine(Compiler.TempDirectory(), "serverless.template");
        SamTemplateGenerator.WriteTemplate(Compiler.EmitModelAssembly(TodoApp()), template, Sam.Aot);

        var (written, _) = SamTemplateGenerator.WriteTemplate(Compiler.EmitModelAssembly(TodoApp("/items/{id}")), template, Sam.Aot);

        Assert.True(written);
        Assert.Contains("\"/items/{id}\"", File.ReadAllText(template));
    }

    [Fact]
    public void Assembly_without_a_model_writes_nothing()
    {
        var template = Path.Combine(Compiler.TempDirectory(), "serverless.template");

        var (written, result) = SamTemplateGenerator.WriteTemplate(Compiler.EmitAssembly("public class C { }"), template, Sam.Aot);

        Assert.False(written);
        Assert.Null(result.Text);
        Assert.False(File.Exists(template));
    }

    [Fact]
    public void Task_writes_the_template_and_reports_warnings_with_their_code_and_help_link()
    {
        var directory = Compiler.TempDirectory();
        var engine = new RecordingBuildEngine();
        var task = new GenerateSamTemplate
        {
            BuildEngine = engine,
            AssemblyPath = Compiler.EmitModelAssembly(App(functions: Function("F", triggers: [Trigger("Sqs", ("Queue", "@Missing"))]))),
            TemplatePath = Path.Combine(directory, "deploy", "template.json"),
            TargetFramework = "net8.0",
            AssemblyName = "App",
            CodeUri = Path.Combine(directory, "bin", "Release", "net8.0", "publish") + Path.DirectorySeparatorChar,
        };

        Assert.True(task.Execute());

        Assert.True(task.TemplateWritten);
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("LG0350", warning.Code);
        Assert.EndsWith("docs/rules/LG0350.md", warning.HelpLink);
        var template = Sam.Parse(File.ReadAllText(Path.Combine(directory, "deploy", "template.json")));
        Assert.Equal("../bin/Release/net8.0/publish", (string)template["Globals"]!["Function"]!["CodeUri"]!);
    }

    [Theory]
    [InlineData("/p/serverless.template", "/p/bin/Release/net8.0/publish/", "bin/Release/net8.0/publish")]
    [InlineData("/p/serverless.template", "/p", ".")]
    [InlineData("/p/deploy/t.json", "/p/out", "../out")]
    [InlineData("/p/t.json", "", ".")]
    public void Code_uri_is_relative_to_the_template_with_forward_slashes(string template, string codeUri, string expected)
        => Assert.Equal(expected, GenerateSamTemplate.RelativeCodeUri(template, codeUri));

    private sealed class RecordingBuildEngine : IBuildEngine
    {
        public List<BuildWarningEventArgs> Warnings { get; } = new();

        public bool ContinueOnError => false;
        public int LineNumberOfTaskNode => 0;
        public int ColumnNumberOfTaskNode => 0;
        public string ProjectFileOfTaskNode => "test.csproj";

        public bool BuildProjectFile(string projectFileName, string[] targetNames, System.Collections.IDictionary globalProperties, System.Collections.IDictionary targetOutputs) => false;
        public void LogCustomEvent(CustomBuildEventArgs e) { }
        public void LogErrorEvent(BuildErrorEventArgs e) => throw new InvalidOperationException(e.Message);
        public void LogMessageEvent(BuildMessageEventArgs e) { }
        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
    }
}

/// <summary>Every manifest warning has its rule page.</summary>
public sealed class RulePageTests
{
    [Fact]
    public void Every_manifest_warning_has_a_page_under_docs_rules()
    {
        var ids = typeof(ManifestWarnings).GetFields().Select(static f => (string)f.GetValue(null)!).ToArray();

        Assert.NotEmpty(ids);
        Assert.All(ids, static id => Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "docs", "rules", id + ".md")), id));
    }
}
