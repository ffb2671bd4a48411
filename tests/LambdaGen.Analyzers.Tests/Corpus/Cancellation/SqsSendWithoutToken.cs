using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
using Amazon.SQS;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record Signup(string Email);

public sealed class SignupHandler(IAmazonSQS sqs)
{
    [SnsTrigger("@Signups")]
    public async Task Handle(Signup signup, ILambdaContext context)
    {
        await sqs.SendMessageAsync("https://sqs.example.com/welcome", signup.Email); // expect: LG1007
    }
}
