using System.Text;
using LambdaGen.Http;

namespace LambdaGen.Http.Tests;

public sealed class PayloadOneStageTests
{
    [Fact]
    public void An_http_api_payload_1_0_event_with_a_named_stage_has_the_stage_removed_from_its_path()
    {
        var request = HttpRequest.Parse(Encoding.UTF8.GetBytes("""
            {"version":"1.0","resource":"/test","path":"/dev/test","httpMethod":"GET","headers":{},"multiValueHeaders":{},
             "queryStringParameters":null,"multiValueQueryStringParameters":null,"requestContext":{"stage":"dev","requestId":"r"},
             "pathParameters":null,"body":null,"isBase64Encoded":false}
            """));

        Assert.Equal(HttpPayloadVersion.V1, request.Version);
        Assert.Equal("/test", request.Path);
    }

    [Fact]
    public void A_rest_api_event_keeps_its_path_as_sent()
    {
        var request = HttpRequest.Parse(Encoding.UTF8.GetBytes("""
            {"resource":"/dev/test","path":"/dev/test","httpMethod":"GET","requestContext":{"stage":"dev","requestId":"r"},"body":null,"isBase64Encoded":false}
            """));

        Assert.Equal("/dev/test", request.Path);
    }
}
