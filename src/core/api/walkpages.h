// SPDX-License-Identifier: MIT
#pragma once

#include "walkslices.h"

#include "domain/usernumberspage.h"
#include "domain/userpage.h"

namespace PhoneDesk {

// What a cursor walk reads of each reading of a GET /users page, and how it hands a page on
// without the users that belong to a lower slice.
[[nodiscard]] WalkPageFacts walkFactsOf(const UserPage &page);
[[nodiscard]] WalkPageFacts walkFactsOf(const UserNumbersPage &page);
// Removes the users created before `floor`; they leave the page's received count too. A user
// without a created_at stays: the server put it in this slice's range.
void trimCreatedBefore(UserPage &page, qint64 floor);
void trimCreatedBefore(UserNumbersPage &page, qint64 floor);

} // namespace PhoneDesk
