using LambdaGen.Analyzers.Tests.Infrastructure;
using LambdaGen.Generators.Analyzers.Hygiene;

namespace LambdaGen.Analyzers.Tests;

public class SmokeTests
{
    [Fact]
    public Task Client_in_handler_is_reported() => Verify<ClientCreationAnalyzer>.Analyzer("""
        [assembly: LambdaApplication("app", DefaultTimeout = 10)]
        public static class Fn
        {
            [LambdaFunction]
            public static async Task<string> Run(string input)
            {
                var client = {|LG1002:new HttpClient()|};
                return input;
            }
        }
        """);
}
