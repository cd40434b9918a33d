namespace Pulumi.Fireworks.Sdk.Tests.Documents;

/// <summary>A fenced code block: its info string (language) and its text.</summary>
internal sealed record CodeFence(string Language, string Text);
