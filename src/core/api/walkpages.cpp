// SPDX-License-Identifier: MIT
#include "walkpages.h"

namespace PhoneDesk {

namespace {
template<typename Page>
WalkPageFacts factsOf(const Page &page)
{
    WalkPageFacts facts;
    facts.received = page.receivedCount;
    facts.lastId = page.lastId;
    facts.lastCreatedAt = page.lastCreatedAt;
    for (const auto &user : page.users) {
        if (user.createdAt) {
            facts.firstCreatedAt = user.createdAt;
            break;
        }
    }
    return facts;
}

template<typename Page>
void trim(Page &page, qint64 floor)
{
    const qsizetype before = page.users.size();
    page.users.removeIf([floor](const auto &user) { return user.createdAt && *user.createdAt < floor; });
    page.receivedCount -= before - page.users.size();
}
} // namespace

WalkPageFacts walkFactsOf(const UserPage &page)
{
    return factsOf(page);
}

WalkPageFacts walkFactsOf(const UserNumbersPage &page)
{
    return factsOf(page);
}

void trimCreatedBefore(UserPage &page, qint64 floor)
{
    trim(page, floor);
}

void trimCreatedBefore(UserNumbersPage &page, qint64 floor)
{
    trim(page, floor);
}

} // namespace PhoneDesk
