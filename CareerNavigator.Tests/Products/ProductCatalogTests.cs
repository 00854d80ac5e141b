using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Generation.Llm;
using Npgsql;

namespace CareerNavigator.Tests.Products;

public sealed class ProductCatalogTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public void Every_product_type_has_a_descriptor_with_all_its_parts()
    {
        Assert.Empty(ProductCatalogCheck.Problems(ProductCatalog.Default, PromptFiles.All.Keys.ToList()));
        Assert.Equal(Enum.GetValues<ProductType>(), ProductCatalog.Default.All.Select(d => d.Type));
    }

    [Fact]
    public void A_catalog_without_a_type_fails_the_check()
    {
        var catalog = new ProductCatalog(ProductCatalog.Default.All.Where(d => d.Type != CvDescriptor.Kind));

        Assert.Contains("cv has no registered descriptor.", ProductCatalogCheck.Problems(catalog, PromptFiles.All.Keys.ToList()));
    }

    [Fact]
    public void A_descriptor_that_lacks_parts_fails_the_check()
    {
        var catalog = new ProductCatalog(ProductCatalog.Default.All.Where(d => d.Type != CvDescriptor.Kind).Append(new IncompleteCv()));

        var problems = ProductCatalogCheck.Problems(catalog, PromptFiles.All.Keys.ToList());

        Assert.Contains("cv lacks a title.", problems);
        Assert.Contains("cv lacks its prompt file no_such_prompt.md.", problems);
        Assert.Contains(problems, p => p.StartsWith("cv lacks a renderer", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("cv lacks an editor", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("The order for unclassified users", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_registered_labels_are_the_labels_of_the_database_enum()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'product_type'", connection);
        var labels = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                labels.Add(reader.GetString(0));
            }
        }

        Assert.Equal(labels.Order(), ProductCatalog.Default.All.Select(d => d.Label).Order());
    }

    [Theory]
    [InlineData("cv", true)]
    [InlineData("career_plan_1y", true)]
    [InlineData("CV", false)]
    [InlineData("Cv", false)]
    [InlineData("1", false)]
    [InlineData("future_type", false)]
    [InlineData(null, false)]
    public void Only_the_exact_labels_are_known(string? label, bool known)
    {
        Assert.Equal(known, ProductCatalog.Default.TryForLabel(label, out _));
    }

    /// <summary>A CV whose author forgot the title, the prompt, a fitting renderer and editor, and gave it the same place as the plan.</summary>
    private sealed class IncompleteCv : ProductTypeDescriptor<CvContent>
    {
        public override ProductType Type => CvDescriptor.Kind;
        public override string Title => "";
        public override string Summary => "A CV.";
        public override string Icon => MudBlazor.Icons.Material.Outlined.Description;
        public override Type Renderer => typeof(Web.Products.Types.CareerPlans.PlanTimeline);
        public override Type Editor => typeof(CvDocument);
        public override string PromptFile => "no_such_prompt";
        public override GroupRanks Ranks => new(2, 1, 3, 3, 5);

        internal override void Check(CvContent content, ContentProblems problems)
        {
        }

        internal override CvContent BuildContent(ProfileFacts facts) => throw new NotSupportedException();
    }
}
