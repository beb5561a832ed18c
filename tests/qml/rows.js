// SPDX-License-Identifier: MIT
// Rows as the models hand them to QML, as plain objects: a complete one, and one where the API
// left everything out (every role undefined but the id).
.pragma library

function complete(overrides) {
    const row = {
        id: "idn_complete",
        phoneNumber: "+4915123456789",
        formatted: "+49 1512 3456789",
        nationalFormat: "01512 3456789",
        isE164: true,
        regionCode: "DE",
        countryName: "Germany",
        numberType: "mobile",
        userId: "user_complete",
        userName: "Erika Mustermann",
        userEmail: "erika@example.com",
        isPrimary: true,
        verificationState: "verified",
        verificationStatus: "verified",
        verificationStrategy: "phone_code",
        verificationKind: "otp",
        verificationChannel: "sms",
        attempts: 1,
        expireAt: new Date(Date.now() - 3 * 86400 * 1000),
        isExpired: true,
        verifiedAtClient: "client_1",
        reserved: false,
        reservedForSecondFactor: true,
        defaultSecondFactor: true,
        userTwoFactorEnabled: true,
        userTotpEnabled: false,
        userBackupCodeEnabled: true,
        userBanned: false,
        userLocked: false,
        smsBlocked: false,
        linkedTo: [],
        backupCodeCount: undefined,
        createdAt: new Date(Date.now() - 40 * 86400 * 1000),
        updatedAt: new Date(Date.now() - 2 * 3600 * 1000),
        otherNumbers: []
    }
    return apply(row, overrides)
}

function sparse(overrides) {
    const row = complete({})
    for (const key in row)
        row[key] = undefined
    row.id = "idn_sparse"
    row.verificationState = "other"
    row.verificationKind = "other"
    row.linkedTo = []
    row.otherNumbers = []
    return apply(row, overrides)
}

// What a delegate is given: only its required properties.
function delegateProperties(row) {
    const keys = ["index", "formatted", "phoneNumber", "isE164", "regionCode", "countryName", "numberType",
                  "userName", "userEmail", "isPrimary", "verificationState", "verificationStatus",
                  "reservedForSecondFactor", "defaultSecondFactor", "linkedTo", "userBanned", "userLocked", "smsBlocked"]
    const properties = { index: 0 }
    for (const key of keys) {
        if (key !== "index")
            properties[key] = row[key]
    }
    return properties
}

function apply(row, overrides) {
    for (const key in overrides)
        row[key] = overrides[key]
    return row
}
