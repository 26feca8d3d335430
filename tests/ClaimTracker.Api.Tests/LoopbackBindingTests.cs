namespace ClaimTracker.Api.Tests;

public sealed class LoopbackBindingTests
{
    [Theory]
    [InlineData(null, "http://127.0.0.1:5080")]
    [InlineData("", "http://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:6000", "http://127.0.0.1:6000")]
    [InlineData("http://localhost:6000", "http://localhost:6000")]
    [InlineData("http://[::1]:6000", "http://[::1]:6000")]
    [InlineData("http://0.0.0.0:6000", "http://127.0.0.1:6000")]
    [InlineData("http://*:6000", "http://127.0.0.1:6000")]
    [InlineData("http://+:6000", "http://127.0.0.1:6000")]
    [InlineData("http://192.168.1.20:6000;https://example.org:7000", "http://127.0.0.1:6000;https://127.0.0.1:7000")]
    [InlineData("not a url", "http://127.0.0.1:5080")]
    public void Without_a_key_every_address_becomes_loopback(string? configured, string expected)
    {
        LoopbackBinding.Restrict(configured).Should().Be(expected);
    }
}
