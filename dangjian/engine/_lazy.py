"""pandas, imported when first used.

``dangjian audit`` works on plain records and never needs a DataFrame for one
file's audit; importing pandas (and the pyarrow it loads when installed)
costs about half a second of a cold start.  The engine's modules therefore
bind ``pd`` to this stand-in, which imports pandas at the first attribute
access: ``pd.DataFrame(...)`` in a map or a frame-returning function works as
usual, and the command's start-up does not pay for it.
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["pd"]


class _LazyModule(ModuleType):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self._module: ModuleType | None = None

    def _load(self) -> ModuleType:
        if self._module is None:
            self._module = importlib.import_module(self.__name__)
        return self._module

    def __getattr__(self, attr: str):
        return getattr(self._load(), attr)

    def __dir__(self) -> list[str]:
        return dir(self._load())

    def __reduce__(self):
        # pickled (by Dask's cloudpickle, say) as the module itself, by reference
        return (importlib.import_module, (self.__name__,))

    def __repr__(self) -> str:
        return f"<lazy module {self.__name__!r} ({'loaded' if self._module is not None else 'not loaded yet'})>"


pd = _LazyModule("pandas")
