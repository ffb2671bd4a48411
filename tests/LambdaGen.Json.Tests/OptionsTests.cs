using System;
using System.Text.Json;
using Xunit;

namespace LambdaGen.Json.Tests;

public sealed class OptionsTests
{
    private const string Types = """
        using System.Collections.Generic;
        namespace App;
        public enum Status { NotStarted, InProgress }
        public sealed class Job
        {
            public string? JobName { get; set; }
            public Status CurrentStatus { get; set; }
            public Dictionary<string, int> RetryCounts { get; set; } = new();
        }
        """;

    [Theory]
    [InlineData(null, """{"jobName":"a","currentStatus":"InProgress","retryCounts":{"FirstTry":1}}""")]
    [InlineData("camelCase", """{"jobName":"a","currentStatus":"InProgress","retryCounts":{"FirstTry":1}}""")]
    [InlineData("PascalCase", """{"JobName":"a","CurrentStatus":"InProgress","RetryCounts":{"FirstTry":1}}""")]
    [InlineData("snake_case", """{"job_name":"a","current_status":"InProgress","retry_counts":{"FirstTry":1}}""")]
    [InlineData("SNAKE_CASE", """{"JOB_NAME":"a","CURRENT_STATUS":"InProgress","RETRY_COUNTS":{"FirstTry":1}}""")]
    [InlineData("kebab-case", """{"job-name":"a","current-status":"InProgress","retry-counts":{"FirstTry":1}}""")]
    public void Application_naming_applies_to_properties_but_not_dictionary_keys_or_enum_values(string? naming, string expected)
    {
        var attribute = naming is null ? "" : $"[assembly: LambdaGen.LambdaApplication(\"app\", JsonNaming = \"{naming}\")]\n";
        var generated = JsonHarness.Build(Types.Replace("namespace App;", attribute + "namespace App;", StringComparison.Ordinal), "App.Job");
        var value = generated.Read("App.Job", """{"JOBNAME":"a","currentStatus":"InProgress","retryCounts":{"FirstTry":1}}""".Replace("currentStatus", Name(naming, "CurrentStatus"), StringComparison.Ordinal).Replace("retryCounts", Name(naming, "RetryCounts"), StringComparison.Ordinal).Replace("JOBNAME", Name(naming, "JobName").ToUpperInvariant(), StringComparison.Ordinal));
        Assert.Equal(expected, generated.Write("App.Job", value));
    }

    private static string Name(string? naming, string name) => naming switch
    {
        "PascalCase" => name,
        "snake_case" => JsonNamingPolicy.SnakeCaseLower.ConvertName(name),
        "SNAKE_CASE" => JsonNamingPolicy.SnakeCaseUpper.ConvertName(name),
        "kebab-case" => JsonNamingPolicy.KebabCaseLower.ConvertName(name),
        _ => JsonNamingPolicy.CamelCase.ConvertName(name),
    };

    [Fact]
    public void Enums_can_be_written_as_numbers()
    {
        var generated = JsonHarness.Build(Types.Replace("namespace App;", "[assembly: LambdaGen.LambdaApplication(\"app\", EnumsAsStrings = false)]\nnamespace App;", StringComparison.Ordinal), "App.Job");
        Assert.Equal("""{"jobName":null,"currentStatus":1,"retryCounts":{}}""", generated.RoundTrip("App.Job", """{"currentStatus":1}"""));
    }

    [Fact]
    public void The_users_context_wins_for_the_types_it_covers()
    {
        // The user's context writes Status as a number; LambdaGen would write it as a string.
        const string source = """
            using System.Text.Json.Serialization;
            [assembly: LambdaGen.LambdaJsonContext(typeof(App.UserContext))]
            namespace App;
            public enum Status { NotStarted, InProgress }
            public sealed class Covered { public Status Status { get; set; } public object? Anything { get; set; } }
            public sealed class Root { public Covered? Covered { get; set; } public Status Direct { get; set; } public string? Name { get; set; } }
            [JsonSerializable(typeof(Covered))]
            public partial class UserContext : JsonSerializerContext { }
            """;
        var generated = JsonHarness.Build(source, stj: true, "App.Root");
        Assert.DoesNotContain("App.Covered)", generated.Source, StringComparison.Ordinal);
        Assert.Contains("global::App.UserContext.Default, new Resolver()", generated.Source, StringComparison.Ordinal);
        Assert.Equal(
            """{"covered":{"status":1,"anything":{"x":[1]}},"direct":1,"name":"n"}""",
            generated.RoundTrip("App.Root", """{"covered":{"status":1,"anything":{"x":[1]}},"direct":1,"name":"n"}"""));
    }

    [Fact]
    public void The_runtime_events_context_covers_event_types_and_generic_events_carry_user_types()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Text.Json.Serialization;
            namespace LambdaGen.Events
            {
                public sealed class MessageAttributes { public string? SenderId { get; set; } }
                public sealed class QueueMessage<T> { public string? MessageId { get; set; } public T? Body { get; set; } public MessageAttributes? Attributes { get; set; } }
                public sealed class QueueEvent<T> { public List<QueueMessage<T>> Records { get; set; } = new(); }
                [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
                [JsonSerializable(typeof(MessageAttributes))]
                public partial class LambdaGenEventsJsonContext : JsonSerializerContext { }
            }
            namespace App
            {
                public sealed record Order(int Id, string Sku);
            }
            """;
        var generated = JsonHarness.Build(source, stj: true, "LambdaGen.Events.QueueEvent`1[[App.Order]]");
        Assert.Contains("new Resolver(), global::LambdaGen.Events.LambdaGenEventsJsonContext.Default)", generated.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("typeof(global::LambdaGen.Events.MessageAttributes)", generated.Source, StringComparison.Ordinal);
        Assert.True(generated.Source.Contains("= global::LambdaGen.Events.QueueMessage<global::App.Order>;", StringComparison.Ordinal), generated.Source);
        var type = generated.Assembly.GetType("LambdaGen.Events.QueueEvent`1")!.MakeGenericType(generated.Assembly.GetType("App.Order")!);
        var info = generated.Get(type);
        const string json = """{"records":[{"messageId":"m","body":{"id":1,"sku":"s"},"attributes":{"senderId":"x"}}]}""";
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize(json, info), info));
    }
}
