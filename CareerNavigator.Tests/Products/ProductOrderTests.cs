using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types;

namespace CareerNavigator.Tests.Products;

public sealed class ProductOrderTests
{
    public static TheoryData<UserGroup?> Groups => new(Enum.GetValues<UserGroup>().Select(g => (UserGroup?)g).Append(null));

    [Theory]
    [MemberData(nameof(Groups))]
    public void Every_group_sees_each_of_its_own_documents_once_and_no_cover_letter(UserGroup? group)
    {
        var order = Ordered(group);

        Assert.Equal(Enum.GetValues<ProductType>().Where(t => t != ProductType.CoverLetter).Order(), order.Order());
    }

    [Theory]
    [InlineData(UserGroup.ExperiencedContinuing, new[] { ProductType.Cv, ProductType.LinkedInExport, ProductType.CareerPlan1Y, ProductType.PossibleJobs, ProductType.PossibleCompanies })]
    [InlineData(UserGroup.ExperiencedChanging, new[] { ProductType.CareerPlan1Y, ProductType.SuggestedCourses, ProductType.Cv, ProductType.PossibleJobs })]
    [InlineData(UserGroup.InexperiencedWithGoal, new[] { ProductType.CareerPlan1Y, ProductType.SuggestedCourses, ProductType.Cv, ProductType.CareerPlan3Y })]
    [InlineData(UserGroup.InexperiencedNoGoal, new[] { ProductType.PossibleJobs, ProductType.SuggestedCourses, ProductType.CareerPlan1Y })]
    public void The_most_useful_products_for_a_group_come_first(UserGroup group, ProductType[] first)
    {
        Assert.Equal(first, Ordered(group).Take(first.Length));
    }

    [Fact]
    public void Relocation_comes_last_for_everyone_because_only_movers_need_it()
    {
        UserGroup?[] groups = [.. Enum.GetValues<UserGroup>().Select(g => (UserGroup?)g), null];
        Assert.All(groups, group => Assert.Equal(ProductType.RelocationHelp, Ordered(group).Last()));
    }

    private static IEnumerable<ProductType> Ordered(UserGroup? group) => ProductCatalog.Default.OrderedFor(group).Select(d => d.Type);
}
