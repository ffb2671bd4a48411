using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;

public static class Streaming
{
    [LambdaFunction(Timeout = 300)]
    [FunctionUrl(AuthType = "AWS_IAM")]
    public static Task<string> Export(ILambdaContext context) => Task.FromResult("done");
}
