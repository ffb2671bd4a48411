using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed record UserContext(string UserId);
public sealed record Note(string Text);

public static class RequestState
{
    public static UserContext? Current { get; set; }
}

public static class Notes
{
    [HttpPost("/notes/{userId}")]
    public static Note Add(string userId, Note note)
    {
        RequestState.Current = new UserContext(userId); // expect: LG1001
        return note;
    }
}
