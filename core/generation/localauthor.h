#pragma once

#include "domain/artist.h"
#include "generation/textprovider.h"

class QThreadPool;

// The embedded text provider: writes complete artist profiles offline from seeded word lists
// and templates, with no key and no network. Deterministic for a seed; a brief without one
// gets a drawn seed, recorded in the exchange so the creation report can reproduce it.
// Thread: thread-safe; the work runs on the given pool (the global pool by default).
class LocalAuthor : public TextProvider
{
public:
    static constexpr const char *kId = "local";
    static constexpr const char *kModel = "local-author-1";

    explicit LocalAuthor(QThreadPool *pool = nullptr);

    QString id() const override;
    QString model() const override;
    QFuture<Result<AuthoringResult>> authorArtist(const ArtistBrief &brief) override;

    // The synchronous core, for benchmarks and tests: the same brief and seed always give the
    // same profile. InvalidInput for a brief without a genre or with an unknown country.
    static Result<Artist> compose(const ArtistBrief &brief, quint64 seed);
    // compose() wrapped as a provider answer: profile JSON, the exchange, timings.
    static Result<AuthoringResult> author(const ArtistBrief &brief, quint64 seed);

private:
    QThreadPool *m_pool;
};
