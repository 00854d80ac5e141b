namespace CareerNavigator.Data.Migrations;

/// <summary>
/// The occupations ESCO v1.1.1 marks as regulated professions, so a database imported before the <c>regulated</c>
/// column existed gets ESCO's mark without a new import (a new import sets it from the download itself).
/// </summary>
internal static class EscoRegulatedV111
{
    private static readonly string[] Uris =
    [
        "http://data.europa.eu/esco/occupation/08984bec-31d8-4bb0-aa2f-d557761ff029",
        "http://data.europa.eu/esco/occupation/36494988-69d2-4420-9db4-eb56605ac983",
        "http://data.europa.eu/esco/occupation/4ce42c3c-8a46-40b6-9274-1f5cee3c5cba",
        "http://data.europa.eu/esco/occupation/53cdcc84-e5ee-488c-aa09-88084e06d6d7",
        "http://data.europa.eu/esco/occupation/5fd099da-218a-460e-bd5b-b42f1b76c67c",
        "http://data.europa.eu/esco/occupation/71f09c8b-a172-408c-b9e7-32e580e39ff6",
        "http://data.europa.eu/esco/occupation/7c132147-428b-4ea3-87e1-70f7abb691ce",
        "http://data.europa.eu/esco/occupation/8c3f536e-ba66-4321-ba40-363dc39f129b",
        "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50",
        "http://data.europa.eu/esco/occupation/8db28ebf-8818-4639-aa49-30324901836e",
        "http://data.europa.eu/esco/occupation/95cda6a9-a70a-4a93-9442-11d573cb4a02",
        "http://data.europa.eu/esco/occupation/9b889f07-c39c-464d-b9d9-b2daa650f9ac",
        "http://data.europa.eu/esco/occupation/a580e79a-b752-49c1-b033-b5ab2b34bfba",
        "http://data.europa.eu/esco/occupation/e52b5707-7097-4dbc-ac61-054e917da241",
        "http://data.europa.eu/esco/occupation/eb6efbb9-9216-4e86-bc3b-de2223cd4667",
    ];

    public static string UpdateSql(string trueLiteral) =>
        $"UPDATE esco_occupations SET regulated = {trueLiteral} WHERE uri IN ({string.Join(", ", Uris.Select(u => $"'{u}'"))});";
}
