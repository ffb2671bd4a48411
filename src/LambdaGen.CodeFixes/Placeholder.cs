namespace LambdaGen.CodeFixes; internal static class Placeholder {}
