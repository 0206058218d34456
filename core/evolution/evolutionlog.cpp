#include "evolution/evolutionlog.h"

Q_LOGGING_CATEGORY(lcEvolution, "studio.evolution")
