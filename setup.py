"""Package set-up: every field comes from settings.ini (nbdev 2 convention)."""
from configparser import ConfigParser
import shlex
import setuptools

config = ConfigParser(delimiters=['='])
config.read('settings.ini', encoding='utf-8')
cfg = config['DEFAULT']

licenses = {'apache2': ('Apache Software License 2.0', 'OSI Approved :: Apache Software License')}
statuses = ['Planning', 'Pre-Alpha', 'Alpha', 'Beta', 'Production/Stable', 'Mature', 'Inactive']
lic = licenses[cfg['license']]
requirements = shlex.split(cfg.get('requirements', ''))
pretrained_requirements = shlex.split(cfg.get('pretrained_requirements', ''))   # the named offline starts' weights
dev_requirements = shlex.split(cfg.get('dev_requirements', '')) + pretrained_requirements
scripts = [s.strip() for s in cfg.get('console_scripts', '').split('\n') if s.strip()]

setuptools.setup(
    name=cfg['lib_name'], version=cfg['version'], license=lic[0],
    description=cfg['description'], keywords=cfg['keywords'].split(),
    author=cfg['author'], author_email=cfg['author_email'],
    classifiers=['Development Status :: ' + str(cfg['status']) + ' - ' + statuses[int(cfg['status'])],
                 'Intended Audience :: ' + cfg['audience'], 'License :: ' + lic[1],
                 'Natural Language :: ' + cfg['language'], 'Programming Language :: Python :: 3.11'],
    url=cfg['git_url'], packages=setuptools.find_packages(include=['clicv2', 'clicv2.*']) + ['clicv2.models'],
    package_dir={'clicv2.models': 'data/models'},              # the shipped model travels with the package
    package_data={'clicv2': ['help.json'], 'clicv2.models': ['*.safetensors', '*.json', '*.jsonl', '*.csv', '*.md']},
    include_package_data=True, install_requires=requirements,
    extras_require={'dev': dev_requirements, 'pretrained': pretrained_requirements}, python_requires='>=' + cfg['min_python'],
    long_description=open('README.md', encoding='utf-8').read(), long_description_content_type='text/markdown',
    zip_safe=False, entry_points={'console_scripts': scripts, 'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"]},
)
