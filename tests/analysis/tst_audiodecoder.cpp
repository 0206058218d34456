#include "analysis/audiodecoder.h"
#include "testaudiofile.h"
#include "testsignals.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;

class TestAudioDecoder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Decodes the whole file in 4096-frame blocks; returns the frame count or -1 on an error.
    static qint64 decodeAll(AudioDecoder &decoder, QString *error = nullptr)
    {
        std::vector<float> block(4096 * size_t(decoder.format().channels));
        qint64 total = 0;
        for (;;) {
            auto got = decoder.read(block.data(), 4096);
            if (!got) {
                if (error)
                    *error = got.error().message;
                return -1;
            }
            if (*got == 0)
                return total;
            total += *got;
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void decodesFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::newRow("wav 16-bit stereo 44.1k")
            << u"a.wav"_s << int(SF_FORMAT_WAV | SF_FORMAT_PCM_16) << 44100 << 2;
        QTest::newRow("wav float mono 48k")
            << u"b.wav"_s << int(SF_FORMAT_WAV | SF_FORMAT_FLOAT) << 48000 << 1;
        QTest::newRow("flac stereo")
            << u"c.flac"_s << int(SF_FORMAT_FLAC | SF_FORMAT_PCM_16) << 44100 << 2;
        QTest::newRow("ogg vorbis")
            << u"d.ogg"_s << int(SF_FORMAT_OGG | SF_FORMAT_VORBIS) << 44100 << 2;
        QTest::newRow("8 kHz mono")
            << u"e.wav"_s << int(SF_FORMAT_WAV | SF_FORMAT_PCM_16) << 8000 << 1;
        QTest::newRow("192 kHz 8 channels")
            << u"f.wav"_s << int(SF_FORMAT_WAV | SF_FORMAT_PCM_24) << 192000 << 8;
    }
    void decodesFormats()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        QFETCH(int, rate);
        QFETCH(int, channels);
        const auto samples = TestSignals::sine(440, -6, 1.5, rate, channels);
        QVERIFY(TestAudioFile::write(path(name), samples, rate, channels, format));

        AudioDecoder decoder;
        auto opened = decoder.open(path(name));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(decoder.format().sampleRate, rate);
        QCOMPARE(decoder.format().channels, channels);
        const qint64 frames = decodeAll(decoder);
        // lossy codecs may pad a little; PCM is exact
        QVERIFY(qAbs(frames - qint64(1.5 * rate)) <= rate / 10);
        QCOMPARE(decoder.position(), frames);
    }

    void samplesComeBackInFullScale()
    {
        const auto samples = TestSignals::sine(1000, -6.0206, 0.5, 44100, 1); // amplitude 0.5
        QVERIFY(TestAudioFile::write(path(u"peak.wav"_s), samples, 44100, 1));
        AudioDecoder decoder;
        QVERIFY(decoder.open(path(u"peak.wav"_s)).ok());
        std::vector<float> block(44100);
        auto got = decoder.read(block.data(), 44100);
        QVERIFY(got.ok());
        float peak = 0;
        for (qsizetype i = 0; i < *got; ++i)
            peak = qMax(peak, qAbs(block[size_t(i)]));
        QVERIFY(qAbs(peak - 0.5f) < 0.001f);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("empty file")
            << u"empty.wav"_s << QByteArray() << int(ErrorCode::InvalidInput) << u"empty"_s;
        QByteArray random;
        for (int i = 0; i < 5000; ++i)
            random.append(char((i * 7919 + 13) % 251));
        QTest::newRow("random bytes named .wav")
            << u"random.wav"_s << random << int(ErrorCode::InvalidInput) << u"not a readable"_s;
        QTest::newRow("text named .mp3")
            << u"notes.mp3"_s << QByteArray("These are my lyrics, not a song.\n").repeated(50)
            << int(ErrorCode::InvalidInput) << u"not a readable"_s;
        QTest::newRow("header cut in the middle")
            << u"cut.wav"_s << QByteArray() << int(ErrorCode::InvalidInput) << u"cut.wav"_s;
    }
    void refusesBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QString, messagePart);
        if (name == u"cut.wav"_s) {
            QVERIFY(TestSignals::writeWav(path(u"whole.wav"_s),
                                          TestSignals::sine(440, -6, 1, 44100, 2), 44100, 2));
            QFile whole(path(u"whole.wav"_s));
            QVERIFY(whole.open(QIODevice::ReadOnly));
            bytes = whole.read(30); // stops inside the fmt chunk
        }
        QVERIFY(TestSignals::writeBytes(path(name), bytes));
        AudioDecoder decoder;
        auto opened = decoder.open(path(name));
        QVERIFY(!opened.ok());
        QCOMPARE(int(opened.error().code), code);
        QVERIFY2(opened.error().message.contains(messagePart), qPrintable(opened.error().message));
        QVERIFY(!decoder.isOpen());
    }

    void missingFileIsNotFound()
    {
        AudioDecoder decoder;
        auto opened = decoder.open(path(u"does-not-exist.flac"_s));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::NotFound);
    }

    void truncatedDataDecodesWhatIsThere()
    {
        // The header promises 2 s, the file holds about 1 s: the decoder delivers what exists.
        QVERIFY(TestSignals::writeWav(path(u"full.wav"_s), TestSignals::sine(440, -6, 2, 44100, 2),
                                      44100, 2));
        QFile full(path(u"full.wav"_s));
        QVERIFY(full.open(QIODevice::ReadOnly));
        QVERIFY(TestSignals::writeBytes(path(u"truncated.wav"_s), full.read(44 + 44100 * 4)));
        AudioDecoder decoder;
        QVERIFY(decoder.open(path(u"truncated.wav"_s)).ok());
        const qint64 frames = decodeAll(decoder);
        QVERIFY(frames > 0);
        QVERIFY(frames <= 44100);
    }

    void refusesAbsurdFormats_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("40 channels") << 44100 << 40 << u"channels"_s;
        QTest::newRow("2 kHz") << 2000 << 1 << u"sample rate"_s;
        QTest::newRow("1 MHz") << 1000000 << 1 << u"sample rate"_s;
    }
    void refusesAbsurdFormats()
    {
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(QString, messagePart);
        const QString file = path(u"absurd.wav"_s);
        QVERIFY(TestSignals::writeWav(file, QList<float>(channels * 100, 0.1f), rate, channels));
        AudioDecoder decoder;
        auto opened = decoder.open(file);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::InvalidInput);
        QVERIFY2(opened.error().message.contains(messagePart), qPrintable(opened.error().message));
    }

    void refusesFileWithoutFrames()
    {
        QVERIFY(TestSignals::writeWav(path(u"noframes.wav"_s), {}, 44100, 2));
        AudioDecoder decoder;
        auto opened = decoder.open(path(u"noframes.wav"_s));
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(u"no audio"_s));
    }

    void contentHashIsSha256OfTheBytes()
    {
        const QString file = path(u"hash.wav"_s);
        QVERIFY(TestSignals::writeWav(file, TestSignals::whiteNoise(0.5, 1, 22050, 1), 22050, 1));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        auto hash = AudioDecoder::contentHash(file);
        QVERIFY(hash.ok());
        QCOMPARE(*hash, expected);
        QCOMPARE(hash->size(), 64);
        QVERIFY(!AudioDecoder::contentHash(path(u"nope.wav"_s)).ok());
    }
};

QTEST_GUILESS_MAIN(TestAudioDecoder)
#include "tst_audiodecoder.moc"
