// SPDX-License-Identifier: MIT
// The demo sandbox's users planted in each sign-in state (SandboxSignInCases; tst_qml.cpp plants
// them and blocks SMS to BR and IN), by the number each one is found with.
.pragma library

const lockedExpiring = "+442079460901"   // locked, 25 minutes left, no attempts left
const lockedForever = "+442079460902"    // locked without end
const banned = "+442079460903"
const noUsableIdentifier = "+442079460904" // and a failed code on +442079460910
const secondFactorUnusable = "+442079460906" // reserved for 2FA, its code failed
const smsCountryBlocked = "+5521998765432"
const codePending = "+442079460907"
const codeExpired = "+442079460908"
const numberInvalid = "+15550100456"
const activeSessions = "+442079460909"    // three devices signed in, nothing blocks sign-in

// Demo users of seed 1 with a second factor each, on pages whose own tests ran before these.
const totpOnly = "+2348023430713"        // authenticator app, no backup codes: the app is the last factor
const backupCodes = "+918126403247"      // backup codes, a number reserved for 2FA, SMS to IN blocked
