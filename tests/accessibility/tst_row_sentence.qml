// SPDX-License-Identifier: MIT
// A list row reads as one sentence: the number, its owner, then its states.
import QtQuick
import QtTest
import PhoneDesk

TestCase {
    id: testCase
    name: "RowSentence"
    width: 1200
    height: 200
    visible: true
    when: windowShown

    Component {
        id: delegateComponent
        PhoneNumberDelegate { width: 1100 }
    }

    function row(overrides) {
        const properties = {
            index: 0, formatted: "+49 30 1234567", phoneNumber: "+49301234567", isE164: true, regionCode: "DE",
            countryName: "Germany", numberType: "fixed line", userName: "Anna Berg", userEmail: "anna@example.com",
            isPrimary: false, verificationState: "verified", verificationStatus: "verified",
            reservedForSecondFactor: false, defaultSecondFactor: false, linkedTo: [], userBanned: false,
            userLocked: false, smsBlocked: false
        }
        for (const key in overrides)
            properties[key] = overrides[key]
        const item = createTemporaryObject(delegateComponent, testCase, properties)
        verify(item !== null)
        return item
    }

    function test_sentence_data() {
        return [
            { tag: "plain", row: {}, name: "+49 30 1234567, Anna Berg, verified" },
            { tag: "primary second factor", row: { isPrimary: true, reservedForSecondFactor: true, defaultSecondFactor: true },
              name: "+49 30 1234567, Anna Berg, verified, primary, default second factor" },
            { tag: "reserved only", row: { reservedForSecondFactor: true },
              name: "+49 30 1234567, Anna Berg, verified, reserved for the second factor" },
            { tag: "pending", row: { verificationState: "unverified", verificationStatus: "unverified" },
              name: "+49 30 1234567, Anna Berg, code sent, not yet entered" },
            { tag: "never", row: { verificationState: "none", verificationStatus: undefined },
              name: "+49 30 1234567, Anna Berg, never verified" },
            { tag: "unknown status", row: { verificationState: "other", verificationStatus: "transferable" },
              name: "+49 30 1234567, Anna Berg, verification status transferable" },
            { tag: "owner states", row: { userBanned: true, userLocked: true, smsBlocked: true,
                                          linkedTo: [{ type: "oauth", id: "x", provider: "Google" }] },
              name: "+49 30 1234567, Anna Berg, verified, linked to Google, owner banned, owner locked, no SMS to this country" },
            { tag: "not E.164, no owner", row: { isE164: false, phoneNumber: "030 1234567", userName: undefined },
              name: "030 1234567, unknown owner, verified, not in E.164 format" }
        ]
    }

    function test_sentence(data) {
        const item = row(data.row)
        compare(item.Accessible.name, data.name)
        compare(item.Accessible.role, Accessible.ListItem)
    }

    function test_selectedRowSaysSo() {
        const item = row({})
        verify(!item.Accessible.selected)
        item.selected = true
        verify(item.Accessible.selected)
    }
}
