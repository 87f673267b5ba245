package dev.mlx5ctl.codegen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void schemaNamesMapMechanicallyToJavaNames() {
        assertEquals("QueryHcaCapIn", Names.upperCamel("query_hca_cap_in"));
        assertEquals("QueryHcaCap", Names.upperCamel("QUERY_HCA_CAP"));
        assertEquals("logMaxQp", Names.lowerCamel("log_max_qp"));
        assertEquals("LOG_MAX_QP", Names.constant("log_max_qp"));
        assertEquals("Eth2819CntrsGrpDataLayout", Names.upperCamel("eth_2819_cntrs_grp_data_layout"));
    }

    @Test
    void anUnderscoreBetweenDigitsStaysSoNumbersDoNotRunTogether() {
        assertEquals("ptag63_32", Names.lowerCamel("ptag_63_32"));
        assertEquals("ptag31_8", Names.lowerCamel("ptag_31_8"));
    }

    @Test
    void enumValueNamesStartingWithADigitGetALeadingUnderscore() {
        assertEquals("_100GBASE_CR4", Names.constant("100gbase_cr4"));
    }

    @Test
    void keywordsAndReservedMembersTakeAFieldSuffixAndDerivedNamesYieldToRealFields() {
        Names.Members members = new Names.Members(Set.of("wrap", "segment"));
        assertEquals("defaultField", members.field("default"));
        assertEquals("segmentField", members.field("segment"));
        assertEquals("entriesCount", members.field("entries_count"));
        assertEquals("entriesCountOf", members.derived("entriesCount"));
        assertEquals("hashCodeField", members.field("hash_code"));
    }

    @Test
    void enumValuesNamedLikeTheEnumsOwnMembersTakeASuffix() {
        assertEquals("INFO_VALUE", Names.enumConstant("info"));
        assertEquals("NAME_VALUE", Names.enumConstant("name"));
        assertEquals("VALUES_VALUE", Names.enumConstant("values"));
        assertEquals("DUMP_INFO", Names.enumConstant("dump_info"));
    }
}
