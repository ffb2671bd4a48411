using LambdaGen.Http.Routing;

namespace LambdaGen.Http.Tests;

public class RouteTemplateTests
{
    [Theory]
    [InlineData("/", "")]
    [InlineData("/todos", "L:todos")]
    [InlineData("/todos/{id}", "L:todos P:id")]
    [InlineData("/todos/{id:int}/items/{n:long}", "L:todos P:id:int L:items P:n:long")]
    [InlineData("/docs/{page?}", "L:docs P:page?")]
    [InlineData("/docs/{page:alpha?}", "L:docs P:page:alpha?")]
    [InlineData("/files/{*path}", "L:files C:path")]
    [InlineData("/{*all}", "C:all")]
    [InlineData("/v1.2/a-b_c~d", "L:v1.2 L:a-b_c~d")]
    [InlineData("/{_x1}", "P:_x1")]
    public void Parses_valid_templates(string text, string expected)
    {
        var template = RouteTemplate.Parse(text);
        var described = string.Join(" ", template.Segments.Select(s => s.Kind switch
        {
            RouteSegmentKind.Literal => "L:" + s.Text,
            RouteSegmentKind.CatchAll => "C:" + s.Text,
            _ => "P:" + s.Text + (s.Constraint is null ? "" : ":" + s.Constraint) + (s.Optional ? "?" : ""),
        }));
        Assert.Equal(expected, described);
        Assert.Equal(text, template.Text);
    }

    [Theory]
    [InlineData("", 0, 0, "starts with '/'")]
    [InlineData("todos", 0, 1, "starts with '/'")]
    [InlineData("/todos/", 6, 1, "trailing '/'")]
    [InlineData("/a//b", 3, 1, "empty segment")]
    [InlineData("/{id", 1, 3, "whole segment")]
    [InlineData("/x{id}", 2, 1, "'{' is not allowed")]
    [InlineData("/a?b", 2, 1, "'?' is not allowed")]
    [InlineData("/a*", 2, 1, "'*' is not allowed")]
    [InlineData("/{id}x", 1, 5, "whole segment")]
    [InlineData("/{id:foo}", 5, 3, "unknown constraint 'foo'")]
    [InlineData("/{id:Int}", 5, 3, "unknown constraint 'Int'")]
    [InlineData("/{1id}", 2, 3, "not a parameter name")]
    [InlineData("/{}", 2, 1, "not a parameter name")]
    [InlineData("/{a}/{A}", 5, 3, "appears twice")]
    [InlineData("/{*rest}/x", 9, 1, "only the last segment")]
    [InlineData("/{a?}/x", 6, 1, "only the last segment")]
    [InlineData("/{*rest:int}", 3, 8, "catch-all")]
    [InlineData("/{*rest?}", 3, 4, "catch-all")]
    public void Rejects_invalid_templates_pointing_at_the_fault(string text, int offset, int length, string message)
    {
        Assert.False(RouteTemplate.TryParse(text, out var template, out var error));
        Assert.Null(template);
        Assert.Contains(message, error!.Message);
        Assert.Equal((offset, length), (error.Offset, error.Length));
        Assert.Throws<FormatException>(() => RouteTemplate.Parse(text));
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/todos/{id:int}", "/todos/{id}")]
    [InlineData("/files/{*path}", "/files|/files/{path+}")]
    [InlineData("/{*all}", "/|/{all+}")]
    [InlineData("/docs/{page?}", "/docs|/docs/{page}")]
    [InlineData("/a/{b}/c", "/a/{b}/c")]
    public void Gateway_paths_use_api_gateway_syntax(string text, string expected)
        => Assert.Equal(expected, string.Join("|", RouteTemplate.Parse(text).GatewayPaths()));

    [Theory]
    [InlineData("/a/{x:int}", "/a/{y:int}", true)]
    [InlineData("/a/{x}", "/a/{y}", true)]
    [InlineData("/files/{*p}", "/files/{*q}", true)]
    [InlineData("/a/{x:int}", "/a/{x}", false)]
    [InlineData("/a/{x?}", "/a/{x}", false)]
    [InlineData("/a/{x}", "/A/{x}", false)]
    [InlineData("/a", "/a/{x?}", false)]
    public void Shape_keys_are_equal_only_for_templates_matching_the_same_paths(string a, string b, bool equal)
        => Assert.Equal(equal, RouteTemplate.Parse(a).ShapeKey() == RouteTemplate.Parse(b).ShapeKey());

    [Fact]
    public void Parameter_names_come_in_template_order()
        => Assert.Equal(["tenant", "id", "rest"], RouteTemplate.Parse("/t/{tenant}/x/{id:guid}/{*rest}").ParameterNames);
}
