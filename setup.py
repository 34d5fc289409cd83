"""Package layout that pyproject.toml cannot express: resources/ ships as jobdesk.resources.

The artwork lives at the top level (resources/, where packagers and designers look for it)
and is installed inside the package, so the app reads it with importlib.resources.
"""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["jobdesk", "jobdesk.*"]),
        "jobdesk.resources",
        "jobdesk.resources.icons",
        "jobdesk.resources.places",
    ],
    package_dir={"jobdesk.resources": "resources"},
    package_data={
        "jobdesk.resources.icons": ["*.svg", "*.png"],
        "jobdesk.resources.places": ["towns.txt.gz"],
    },
)
