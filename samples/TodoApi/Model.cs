using System;

namespace TodoApi;

public sealed record Todo(int Id, string Title, bool Done, DateTimeOffset CreatedAt);

public sealed record NewTodo(string Title);

public sealed record TodoPatch(string? Title, bool? Done);

public sealed record TodoPage(int Page, int PageSize, int Total, Todo[] Items);
