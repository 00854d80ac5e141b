using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products;

namespace CareerNavigator.Tests.Products;

public sealed class ProductUrlsTests
{
    [Fact]
    public void Every_type_has_a_page_named_by_its_seed_label_that_reads_back()
    {
        foreach (var type in Enum.GetValues<ProductType>().Where(t => t != ProductType.CoverLetter))
        {
            var page = ProductUrls.Page(type);

            Assert.Equal($"products/{type.Label()}", page);
            Assert.True(ProductUrls.TryParse(page["products/".Length..], out var read));
            Assert.Equal(type, read);
        }
        Assert.Equal("products/career_plan_1y", ProductUrls.Page(ProductType.CareerPlan1Y));
    }

    [Fact]
    public void A_cover_letter_has_no_page_of_its_own_because_it_lives_on_its_application()
    {
        Assert.False(ProductUrls.TryParse("cover_letter", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Cv")]
    [InlineData("CV")]
    [InlineData("CareerPlan1Y")]
    [InlineData("1")]
    [InlineData("cv ")]
    [InlineData("career_plan_2y")]
    [InlineData("../admin")]
    public void Anything_but_an_exact_label_is_not_a_product(string? slug)
    {
        Assert.False(ProductUrls.TryParse(slug, out _));
    }
}
