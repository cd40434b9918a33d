namespace Fireworks.Emulator.State;

/// <summary>A thread-safe, seedable random source for generated ids.</summary>
internal sealed class RandomSource(int? seed)
{
    private readonly Random random = seed is { } s ? new Random(s) : new Random();
    private readonly Lock gate = new();

    public int Next(int maxExclusive)
    {
        lock (gate)
        {
            return random.Next(maxExclusive);
        }
    }

    public string NextHex(int length)
    {
        Span<char> chars = stackalloc char[length];
        lock (gate)
        {
            for (var i = 0; i < length; i++)
            {
                chars[i] = "0123456789abcdef"[random.Next(16)];
            }
        }

        return new string(chars);
    }
}
