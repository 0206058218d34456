#include "analysis/analysisengine.h"

#include "analysis/audiodecoder.h"
#include "analysis/descriptoranalyzer.h"
#include "analysis/fingerprintanalyzer.h"
#include "analysis/keyanalyzer.h"
#include "analysis/loudnessanalyzer.h"
#include "analysis/onsetanalyzer.h"
#include "analysis/signalstatsanalyzer.h"
#include "analysis/streamrouter.h"
#include "analysis/structureanalyzer.h"
#include "analysis/tempoanalyzer.h"
#include "analysis/waveformanalyzer.h"

#include <QCryptographicHash>

#include <vector>

namespace {

// The analyzers that accepted their stream, fed through one StreamRouter, with cleanup()
// guaranteed unless finish() ran.
class Run
{
public:
    Run(std::vector<std::unique_ptr<Analyzer>> analyzers, const AudioFormat &format)
        : m_analyzers(std::move(analyzers))
        , m_router(format)
    {
        for (auto &analyzer : m_analyzers) {
            const AnalyzerInput input = analyzer->input();
            if (analyzer->initialize(m_router.formatFor(input))) {
                m_router.connect(analyzer.get(), input);
                m_active.push_back(analyzer.get());
            } else {
                analyzer->cleanup(); // skipped: release whatever initialize() took
            }
        }
    }
    ~Run()
    {
        if (!m_finished)
            cleanup();
    }

    void process(const float *block, qsizetype frames) { m_router.push(block, frames); }
    void finish(Analysis &result)
    {
        m_router.flush();
        for (Analyzer *analyzer : m_active)
            analyzer->finish(result);
        m_finished = true;
    }
    void cleanup()
    {
        for (Analyzer *analyzer : m_active)
            analyzer->cleanup();
        m_active.clear();
    }

private:
    std::vector<std::unique_ptr<Analyzer>> m_analyzers;
    StreamRouter m_router;
    std::vector<Analyzer *> m_active;
    bool m_finished = false;
};

Error cancelled()
{
    return Error(ErrorCode::Cancelled, QStringLiteral("Analysis cancelled."));
}

} // namespace

std::vector<std::unique_ptr<Analyzer>> AnalysisEngine::defaultAnalyzers()
{
    std::vector<std::unique_ptr<Analyzer>> analyzers;
    analyzers.push_back(std::make_unique<LoudnessAnalyzer>());
    analyzers.push_back(std::make_unique<SignalStatsAnalyzer>());
    analyzers.push_back(std::make_unique<WaveformAnalyzer>());
    analyzers.push_back(std::make_unique<FingerprintAnalyzer>());
    analyzers.push_back(std::make_unique<OnsetAnalyzer>());
    analyzers.push_back(std::make_unique<TempoAnalyzer>());
    analyzers.push_back(std::make_unique<KeyAnalyzer>());
    analyzers.push_back(std::make_unique<StructureAnalyzer>());
    analyzers.push_back(std::make_unique<DescriptorAnalyzer>()); // last: reads the others
    return analyzers;
}

AnalysisEngine::AnalysisEngine(AnalyzerFactory factory)
    : m_factory(std::move(factory))
{}

Result<Analysis> AnalysisEngine::analyzeFile(const QString &path, const Progress &progress) const
{
    AudioDecoder decoder;
    if (auto opened = decoder.open(path); !opened)
        return opened.error();
    auto hash = AudioDecoder::contentHash(path);
    if (!hash)
        return hash.error();

    AudioFormat format = decoder.format();
    Run run(m_factory ? m_factory() : std::vector<std::unique_ptr<Analyzer>>{}, format);
    if (progress && !progress(0.0))
        return cancelled();

    std::vector<float> block(size_t(kBlockFrames) * size_t(format.channels));
    qint64 total = 0;
    for (;;) {
        auto got = decoder.read(block.data(), kBlockFrames);
        if (!got)
            return got.error(); // Run's destructor cleans up
        if (*got == 0)
            break;
        run.process(block.data(), *got);
        total += *got;
        if (progress) {
            // Unknown length: report nothing definite until the end, but still allow cancel.
            const double fraction =
                format.frames > 0 ? qMin(0.99, double(total) / double(format.frames)) : 0.0;
            if (!progress(fraction))
                return cancelled();
        }
    }
    if (total == 0)
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("%1 contains no decodable audio.").arg(path));

    Analysis result;
    result.contentHash = *hash;
    result.sampleRate = format.sampleRate;
    result.channels = format.channels;
    result.durationS = double(total) / format.sampleRate;
    run.finish(result);
    if (progress)
        progress(1.0);
    return result;
}

Result<Analysis> AnalysisEngine::analyzeBuffer(const QList<float> &interleaved,
                                               const AudioFormat &format,
                                               const Progress &progress) const
{
    if (format.channels < 1 || format.channels > AudioDecoder::kMaxChannels ||
        format.sampleRate < AudioDecoder::kMinSampleRate ||
        format.sampleRate > AudioDecoder::kMaxSampleRate)
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("Unsupported format: %1 channels at %2 Hz.")
                         .arg(format.channels)
                         .arg(format.sampleRate));
    const qint64 frames = interleaved.size() / format.channels;
    if (frames == 0)
        return Error(ErrorCode::InvalidInput, QStringLiteral("No audio samples to analyze."));

    AudioFormat actual = format;
    actual.frames = frames;
    Run run(m_factory ? m_factory() : std::vector<std::unique_ptr<Analyzer>>{}, actual);
    if (progress && !progress(0.0))
        return cancelled();

    QCryptographicHash hash(QCryptographicHash::Sha256);
    const float *data = interleaved.constData();
    for (qint64 done = 0; done < frames;) {
        const qsizetype n = qsizetype(qMin<qint64>(kBlockFrames, frames - done));
        const float *block = data + done * format.channels;
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(block),
                                    n * format.channels * qsizetype(sizeof(float))));
        run.process(block, n);
        done += n;
        if (progress && !progress(qMin(0.99, double(done) / double(frames))))
            return cancelled();
    }

    Analysis result;
    result.contentHash = QString::fromLatin1(hash.result().toHex());
    result.sampleRate = format.sampleRate;
    result.channels = format.channels;
    result.durationS = double(frames) / format.sampleRate;
    run.finish(result);
    if (progress)
        progress(1.0);
    return result;
}
