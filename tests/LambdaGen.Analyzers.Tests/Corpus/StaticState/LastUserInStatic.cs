using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record ProfileRequest(string UserId, string Name);

public static class Profiles
{
    private static string? _lastUserId;

    [HttpPut("/profiles/{id}")]
    public static Task<string> Update(string id, ProfileRequest request, ILambdaContext context)
    {
        _lastUserId = request.UserId; // expect: LG1001
        context.Logger.LogInformation($"updating {id}");
        return Task.FromResult(_lastUserId);
    }
}
