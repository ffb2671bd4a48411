using System.Text.Json.Nodes;
using LambdaGen.Build;
using LambdaGen.Generators.Manifest;
using static LambdaGen.Manifest.Tests.Spec;

namespace LambdaGen.Manifest.Tests;

/// <summary>Merging into templates a user has edited: nothing of theirs is lost, LambdaGen's part follows the code.</summary>
public sealed class MergeTests
{
    /// <summary>
    /// A template after a user's hands: their own resources, Parameters, Conditions and Outputs, a Globals setting,
    /// properties and metadata added to an owned function, an owned property changed by hand, an owned orphan,
    /// and an unrelated top-level section.
    /// </summary>
    private const string HandEdited = """
        {
          "AWSTemplateFormatVersion": "2010-09-09",
          "Transform": "AWS::Serverless-2016-10-31",
          "Description": "My todo stack",
          "Parameters": { "Stage": { "Type": "String", "Default": "dev" } },
          "Conditions": { "IsProd": { "Fn::Equals": [ { "Ref": "Stage" }, "prod" ] } },
          "Globals": {
            "Function": { "Runtime": "dotnet6", "Tracing": "Active", "MemorySize": 9999 },
            "Api": { "OpenApiVersion": "3.0.1" }
          },
          "Resources": {
            "OrdersQueue": { "Type": "AWS::SQS::Queue", "Properties": { "VisibilityTimeout": 720 } },
            "OrdersFunction": {
              "Type": "AWS::Serverless::Function",
              "Condition": "IsProd",
              "Metadata": { "LambdaGen": { "Owned": true }, "BuildMethod": "makefile" },
              "Properties": {
                "Handler": "Orders",
                "MemorySize": 4096,
                "Layers": [ "arn:aws:lambda:eu-west-1:123456789012:layer:tools:1" ],
                "Events": { "Old": { "Type": "Schedule", "Properties": { "Schedule": "rate(1 hour)" } } },
                "Tracing": "PassThrough"
              }
            },
            "RemovedFunction": {
              "Type": "AWS::Serverless::Function",
              "Metadata": { "LambdaGen": { "Owned": true } },
              "Properties": { "Handler": "Removed" }
            },
            "Dashboard": { "Type": "AWS::CloudWatch::Dashboard", "Properties": { "DashboardBody": "{}" } }
          },
          "Outputs": { "QueueUrl": { "Value": { "Ref": "OrdersQueue" } } },
          "Mappings": { "Regions": { "eu-west-1": { "Short": "euw1" } } }
        }
        """;

    private static ManifestSpec OrdersApp(int memory = 0) => App(functions: Function("Orders", memorySize: memory, triggers: [Trigger("Sqs", ("Queue", "@OrdersQueue"))]));

    [Fact]
    public void User_sections_resources_and_hand_added_properties_survive_while_owned_parts_follow_the_code()
    {
        var result = Sam.Generate(OrdersApp(), Sam.Aot, HandEdited);
        var template = Sam.Parse(result.Text!);
        var original = Sam.Parse(HandEdited);

        Assert.Empty(result.Warnings);
        SamSchema.AssertValid(result.Text!);
        foreach (var section in new[] { "Description", "Parameters", "Conditions", "Outputs", "Mappings" })
        {
            Assert.True(JsonNode.DeepEquals(original[section], template[section]), section);
        }

        Assert.Equal(["OrdersQueue", "OrdersFunction", "Dashboard"], template["Resources"]!.AsObject().Select(static r => r.Key).ToArray());
        Assert.True(JsonNode.DeepEquals(original["Resources"]!["OrdersQueue"], template["Resources"]!["OrdersQueue"]));
        Assert.True(JsonNode.DeepEquals(original["Resources"]!["Dashboard"], template["Resources"]!["Dashboard"]));

        var globals = template["Globals"]!["Function"]!.AsObject();
        Assert.Equal("provided.al2023", (string)globals["Runtime"]!);
        Assert.Equal("Active", (string)globals["Tracing"]!);
        Assert.Equal(512, (int)globals["MemorySize"]!);
        Assert.Equal("3.0.1", (string)template["Globals"]!["Api"]!["OpenApiVersion"]!);

        var orders = template["Resources"]!["OrdersFunction"]!.AsObject();
        Assert.Equal("IsProd", (string)orders["Condition"]!);
        Assert.Equal("makefile", (string)orders["Metadata"]!["BuildMethod"]!);
        var properties = orders["Properties"]!.AsObject();
        Assert.Equal(["Handler", "Events", "Layers", "Tracing"], properties.Select(static p => p.Key).ToArray());
        Assert.Null(properties["MemorySize"]);
        Assert.Equal(["SqsOrdersQueue"], properties["Events"]!.AsObject().Select(static e => e.Key).ToArray());
        Assert.Equal("PassThrough", (string)properties["Tracing"]!);
    }

    [Fact]
    public void Merging_again_gives_the_same_bytes()
    {
        var once = Sam.Text(TodoApp(), Sam.Aot, HandEdited);
        var twice = Sam.Text(TodoApp(), Sam.Aot, once);

        Assert.Equal(once, twice);
    }

    [Fact]
    public void Same_inputs_give_the_same_bytes_whatever_order_the_functions_arrive_in()
    {
        var spec = TodoApp();
        var reversed = spec with { Functions = Array(spec.Functions.Reverse().ToArray()) };

        Assert.Equal(Sam.Text(spec, Sam.Aot, TodoAppUserTemplate), Sam.Text(spec, Sam.Aot, TodoAppUserTemplate));
        Assert.Equal(Sam.Text(spec, Sam.Aot, TodoAppUserTemplate), Sam.Text(reversed, Sam.Aot, TodoAppUserTemplate));
    }

    [Fact]
    public void Renaming_a_route_changes_that_routes_event_and_nothing_else()
    {
        var before = Sam.Parse(Sam.Text(TodoApp("/todos/{id:int}"), Sam.Aot, TodoAppUserTemplate));
        var after = Sam.Parse(Sam.Text(TodoApp("/items/{id:int}"), Sam.Aot, before.ToJsonString()));

        var beforeEvents = before["Resources"]!["TodoAppHttpApiFunction"]!["Properties"]!["Events"]!.AsObject();
        var afterEvents = after["Resources"]!["TodoAppHttpApiFunction"]!["Properties"]!["Events"]!.AsObject();
        Assert.Equal("/todos/{id}", (string)beforeEvents["GetTodosById"]!["Properties"]!["Path"]!);
        Assert.Equal("/items/{id}", (string)afterEvents["GetItemsById"]!["Properties"]!["Path"]!);
        Assert.Null(afterEvents["GetTodosById"]);

        beforeEvents.Remove("GetTodosById");
        afterEvents.Remove("GetItemsById");
        Assert.True(JsonNode.DeepEquals(before, after), "Something besides the renamed route's event changed.");
    }

    [Fact]
    public void Resource_with_a_generated_id_that_LambdaGen_does_not_own_is_left_alone_with_a_warning()
    {
        const string existing = """{"Resources": {"OrdersFunction": {"Type": "AWS::Serverless::Function", "Properties": {"Handler": "mine", "Runtime": "python3.12", "CodeUri": "src/"}}, "OrdersQueue": {"Type": "AWS::SQS::Queue"}}}""";

        var result = Sam.Generate(OrdersApp(), Sam.Aot, existing);
        var template = Sam.Parse(result.Text!);

        Assert.Equal([ManifestWarnings.LogicalIdTaken], Sam.Codes(result));
        Assert.True(JsonNode.DeepEquals(Sam.Parse(existing)["Resources"]!["OrdersFunction"], template["Resources"]!["OrdersFunction"]));
    }

    [Fact]
    public void Owned_functions_that_are_gone_are_removed_and_globals_lambdagen_no_longer_needs_are_dropped()
    {
        var withHttp = Sam.Text(App(cors: "*", routes: [Route("GET", "/")], functions: Function("Orders")), Sam.Aot);
        var without = Sam.Parse(Sam.Text(App(memory: 0, timeout: 0, functions: Function("Orders")), Sam.Aot, withHttp));

        Assert.Equal(["OrdersFunction"], without["Resources"]!.AsObject().Select(static r => r.Key).ToArray());
        Assert.Null(without["Globals"]!["HttpApi"]);
        Assert.Equal(["Runtime", "CodeUri", "Architectures"], without["Globals"]!["Function"]!.AsObject().Select(static p => p.Key).ToArray());
    }

    [Fact]
    public void Missing_transform_and_version_are_added_and_another_transform_is_kept_beside_sam()
    {
        var bare = Sam.Parse(Sam.Text(OrdersApp(), Sam.Aot, """{"Resources": {"OrdersQueue": {"Type": "AWS::SQS::Queue"}}}"""));
        var other = Sam.Parse(Sam.Text(OrdersApp(), Sam.Aot, """{"Transform": "AWS::LanguageExtensions", "Resources": {"OrdersQueue": {"Type": "AWS::SQS::Queue"}}}"""));

        Assert.Equal(["AWSTemplateFormatVersion", "Transform", "Globals", "Resources"], bare.Select(static p => p.Key).ToArray());
        Assert.Equal("AWS::Serverless-2016-10-31", (string)bare["Transform"]!);
        Assert.Equal("""["AWS::LanguageExtensions","AWS::Serverless-2016-10-31"]""", other["Transform"]!.ToJsonString());
    }

    [Fact]
    public void Unreadable_template_is_never_overwritten()
    {
        var broken = Sam.Generate(OrdersApp(), Sam.Aot, "{ \"Resources\": ");
        var notObject = Sam.Generate(OrdersApp(), Sam.Aot, "[1, 2]");

        Assert.Null(broken.Text);
        Assert.Equal([ManifestWarnings.UnreadableTemplate], Sam.Codes(broken));
        Assert.Null(notObject.Text);
    }

    [Fact]
    public void Template_with_comments_and_trailing_commas_is_read()
    {
        var result = Sam.Generate(OrdersApp(), Sam.Aot, """
            {
              // the queue
              "Resources": { "OrdersQueue": { "Type": "AWS::SQS::Queue" }, },
            }
            """);

        Assert.Empty(result.Warnings);
        Assert.NotNull(Sam.Parse(result.Text!)["Resources"]!["OrdersQueue"]);
    }
}
