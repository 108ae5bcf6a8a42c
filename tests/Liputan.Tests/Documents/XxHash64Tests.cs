using System.Text;
using Liputan.Documents;

namespace Liputan.Tests.Documents;

public sealed class XxHash64Tests
{
    [Theory]
    [InlineData("", 0xEF46DB3751D8E999UL)]
    [InlineData("a", 0xD24EC4F1A98C6E5BUL)]
    [InlineData("abc", 0x44BC2CF5AD770999UL)]
    [InlineData("Nobody inspects the spammish repetition", 0xFBCEA83C8A378BF1UL)]
    public void Should_match_the_reference_vectors(string input, ulong expected)
    {
        // Given the published xxHash64 test vectors (seed 0)
        // When hashing the UTF-8 bytes
        var hash = XxHash64.Hash(Encoding.UTF8.GetBytes(input));

        // Then the values agree
        hash.ShouldBe(expected);
    }

    [Fact]
    public void Should_cover_inputs_longer_than_one_stripe()
    {
        var data = Encoding.UTF8.GetBytes(new string('x', 100));
        XxHash64.Hash(data).ShouldBe(XxHash64.Hash(data.AsSpan()));
        XxHash64.Hash(data).ShouldNotBe(XxHash64.Hash(data.AsSpan(0, 99)));
    }
}
